"use client"

import Link from "next/link"

import { useLiveDeliveries } from "@lib/hooks/use-live-deliveries"
import DeliveryStore from "@modules/deliveries/components/delivery-store"
import type { ExpectedDeliveries } from "types/federated"

/**
 * What the shopper bought, store by store, on its way: live over the delivery stream
 * (`data-live-deliveries` says whether it streams or polls).
 */
const DeliveriesTemplate = ({ initial }: { initial: ExpectedDeliveries | null }) => (
  <div className="container cart">
    <h1>Deliveries</h1>
    {initial?.order_group ? (
      <LiveDeliveries initial={initial} />
    ) : (
      <p className="muted" data-testid="deliveries-empty">
        Nothing is on its way yet. Your purchases appear here, store by store, once you check out.{" "}
        <Link href="/">Browse the stores</Link>.
      </p>
    )}
  </div>
)

const LiveDeliveries = ({ initial }: { initial: ExpectedDeliveries }) => {
  const { deliveries, mode } = useLiveDeliveries(initial)
  return (
    <div data-testid="deliveries" data-live-deliveries={mode} aria-live="polite">
      {deliveries.stores.map((delivery) => (
        <DeliveryStore key={delivery.order_id} delivery={delivery} />
      ))}
    </div>
  )
}

export default DeliveriesTemplate
