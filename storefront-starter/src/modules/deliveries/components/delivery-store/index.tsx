import Link from "next/link"

import PurchasedLine from "@modules/common/components/purchased-line"
import type { DeliveryStatus, ExpectedStoreDelivery } from "types/federated"

export const STATUS_LABELS: Record<DeliveryStatus, string> = {
  awaiting_fulfillment: "Awaiting fulfillment",
  fulfilled: "Packed",
  shipped: "Shipped",
  delivered: "Delivered",
}

/** One store's order: its status, and each purchased line with its own. */
const DeliveryStore = ({ delivery }: { delivery: ExpectedStoreDelivery }) => {
  const store = delivery.federated_store
  return (
    <section
      className="cart-store-group"
      data-testid="delivery-store"
      data-store-handle={store?.handle}
      data-status={delivery.status}
    >
      <header className="cart-store-group__header">
        <h2>{store ? <Link href={`/stores/${encodeURIComponent(store.handle)}`}>{store.name}</Link> : "Store"}</h2>
        <span>
          {delivery.display_id !== null && <span className="muted">Order #{delivery.display_id} · </span>}
          <span className={`badge badge--${delivery.status}`} data-testid="delivery-status" data-status={delivery.status}>
            {STATUS_LABELS[delivery.status]}
          </span>
        </span>
      </header>
      <ul className="cart-lines">
        {delivery.items.map((item) => (
          <PurchasedLine key={item.id} item={item} testId="delivery-line" status={item.status}>
            <span data-testid="delivery-line-status" data-status={item.status}>
              {STATUS_LABELS[item.status]}
            </span>
          </PurchasedLine>
        ))}
      </ul>
    </section>
  )
}

export default DeliveryStore
