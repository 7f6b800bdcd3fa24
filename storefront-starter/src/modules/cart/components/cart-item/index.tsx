import Link from "next/link"

import { convertToLocale } from "@lib/util/money"
import BookmarkAnchor from "@modules/common/components/bookmark-anchor"
import Thumbnail from "@modules/common/components/thumbnail"
import LineHold from "@modules/cart/components/line-hold"
import LineQuantity from "@modules/cart/components/line-quantity"
import type { FederatedCartItem } from "types/federated"

type CartItemProps = {
  item: FederatedCartItem
  storeHandle: string
  currencyCode: string
}

const CartItem = ({ item, storeHandle, currencyCode }: CartItemProps) => {
  const title = item.product_title ?? item.title
  const productHref = item.product_handle
    ? `/stores/${encodeURIComponent(storeHandle)}/products/${encodeURIComponent(
        item.product_handle
      )}`
    : null

  return (
    <li
      className="cart-line"
      data-testid="cart-line"
      data-line-id={item.id}
      data-variant-id={item.variant_id}
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
        <LineQuantity lineId={item.id} quantity={item.quantity} />
      </div>
      <div className="cart-line__prices">
        <span data-testid="line-unit-price">
          {convertToLocale({ amount: item.unit_price, currency_code: currencyCode })}
        </span>
        <span className="muted" data-testid="line-subtotal">
          {convertToLocale({ amount: item.subtotal, currency_code: currencyCode })}
        </span>
      </div>
    </li>
  )
}

export default CartItem
