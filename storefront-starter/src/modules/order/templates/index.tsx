import Link from "next/link"

import { convertToLocale } from "@lib/util/money"
import StoreOrder from "@modules/order/components/store-order"
import type { OrderGroup } from "types/federated"

/** The confirmation of one checkout: each store's order, then the one amount paid. */
const OrderConfirmedTemplate = ({ group }: { group: OrderGroup }) => (
  <div className="container cart" data-testid="order-confirmed" data-order-group-id={group.id}>
    <h1>Thank you!</h1>
    <p>
      Your order is placed with {group.orders.length} {group.orders.length === 1 ? "store" : "stores"}
      {group.email && <> · a confirmation goes to {group.email}</>}. Each store ships its own part.
    </p>
    {group.orders.map((order) => (
      <StoreOrder key={order.id} order={order} currencyCode={group.currency_code} />
    ))}
    <dl className="cart-totals">
      <dt>Total paid</dt>
      <dd data-testid="confirmed-group-total">{convertToLocale({ amount: group.total, currency_code: group.currency_code })}</dd>
    </dl>
    <p>
      <Link href="/deliveries" data-testid="confirmed-deliveries-link">
        Follow your deliveries
      </Link>
    </p>
  </div>
)

export default OrderConfirmedTemplate
