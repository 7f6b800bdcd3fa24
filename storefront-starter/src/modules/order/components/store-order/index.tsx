import Link from "next/link"

import { convertToLocale } from "@lib/util/money"
import PurchasedLine from "@modules/common/components/purchased-line"
import DeliveryNote from "@modules/order/components/delivery-note"
import type { StoreOrder as StoreOrderType } from "types/federated"

/** One store's order of the checkout: its number, lines, shipping and total. */
const StoreOrder = ({ order, currencyCode }: { order: StoreOrderType; currencyCode: string }) => {
  const store = order.federated_store
  const money = (amount: number) => convertToLocale({ amount, currency_code: currencyCode })

  return (
    <section
      className="cart-store-group"
      data-testid="confirmed-store-order"
      data-store-handle={store?.handle}
      data-order-id={order.id}
    >
      <header className="cart-store-group__header">
        <h2>{store ? <Link href={`/stores/${encodeURIComponent(store.handle)}`}>{store.name}</Link> : "Store"}</h2>
        <span className="muted" data-testid="confirmed-order-number">
          Order #{order.display_id}
        </span>
      </header>
      <ul className="cart-lines">
        {order.items.map((item) => (
          <PurchasedLine key={item.id} item={item} testId="confirmed-line">
            <DeliveryNote kind={item.metadata?.delivery_kind} />
            <span>{money(item.total)}</span>
          </PurchasedLine>
        ))}
      </ul>
      <dl className="cart-totals">
        {order.shipping_methods.map((method) => (
          <div key={method.id} className="checkout-summary__store" data-testid="confirmed-shipping">
            <dt>{method.name}</dt>
            <dd>{money(method.amount)}</dd>
          </div>
        ))}
        <dt>Order total</dt>
        <dd data-testid="confirmed-order-total">{money(order.total)}</dd>
      </dl>
    </section>
  )
}

export default StoreOrder
