import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ORDER_GROUP_PLACED, OrderGroupPlacedData } from "../modules/order-group/events"
import { handOffOrderGroupWorkflow } from "../workflows/hand-off-order-group"

/**
 * A paid checkout goes to its stores' distributors. Running twice for one group is safe
 * (one hand-off per store order); whatever this run cannot deliver, the job retries.
 */
export default async function handOffOrderGroup({ event, container }: SubscriberArgs<OrderGroupPlacedData>) {
  await handOffOrderGroupWorkflow(container).run({ input: { order_group_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: ORDER_GROUP_PLACED,
  context: { subscriberId: "federated-cart-hand-off-order-group" },
}
