import Link from "next/link"

import { convertToLocale } from "@lib/util/money"
import BookmarkAnchor from "@modules/common/components/bookmark-anchor"
import Thumbnail from "@modules/common/components/thumbnail"
import LineHold from "@modules/cart/components/line-hold"
import LineDelivery from "@modules/cart/components/line-delivery"
import LineQuantity from "@modules/cart/components/line-quantity"
import PrepaidPrice from "@modules/cart/components/prepaid-price"
import type { FederatedCartItem } from "types/federated"

type CartItemProps = {
  item: FederatedCartItem
  storeHandle: string
  currencyCode: string
}

const CartItem = ({ item, storeHandle, currencyCode }: CartItemProps) => {
  const title = item.product_title ?? item.title
  const bonus = Boolean(item.bonus_rule_id)
  const productHref = item.product_handle
    ? `/stores/${encodeURIComponent(storeHandle)}/products/${encodeURIComponent(item.product_handle)}`
    : null

  return (
    <li
      className="cart-line"
      data-testid="cart-line"
      data-line-id={item.id}
      data-variant-id={item.variant_id}
      data-bonus={bonus || undefined}
    >
      <Thumbnail src={item.thumbnail} alt={title} size="small" />
      <div className="cart-line__details">
        <p className="cart-line__title" data-testid="line-title">
          {productHref ? <Link href={productHref}>{title}</Link> : title}
        </p>
        {item.variant_title && (
          <p className="muted" data-testid="line-variant">
            {item.variant_title}
          </p>
        )}
        {item.bookmark && (
          <p className="cart-line__bookmark">
            added from:{" "}
            <BookmarkAnchor url={item.bookmark.url} testId="bookmark-link">
              {item.bookmark.title || item.bookmark.url}
            </BookmarkAnchor>
          </p>
        )}
        {item.ticket && <LineHold lineId={item.id} ticket={item.ticket} />}
        {item.delivery && <LineDelivery lineId={item.id} delivery={item.delivery} />}
        {item.prepaid ? (
          // A prepaid code pays for one unit: the server refuses more at checkout.
          <p className="muted" data-testid="line-quantity">
            {item.quantity} ×{" "}
            <span className="badge" data-testid="line-prepaid">
              Prepaid code
            </span>
          </p>
        ) : bonus ? (
          // The server refuses quantity changes to a bonus line: no control to offer.
          <p className="muted" data-testid="line-quantity">
            {item.quantity} ×{" "}
            <span className="badge badge--free" data-testid="line-free">
              Free
            </span>
          </p>
        ) : (
          <LineQuantity lineId={item.id} quantity={item.quantity} />
        )}
      </div>
      <div className="cart-line__prices">
        {item.prepaid ? (
          <PrepaidPrice listPrice={item.prepaid.list_price} unitPrice={item.unit_price} currencyCode={currencyCode} />
        ) : (
          <span data-testid="line-unit-price">
            {bonus ? "Free" : convertToLocale({ amount: item.unit_price, currency_code: currencyCode })}
          </span>
        )}
        <span className="muted" data-testid="line-subtotal">
          {convertToLocale({ amount: item.subtotal, currency_code: currencyCode })}
        </span>
      </div>
    </li>
  )
}

export default CartItem
