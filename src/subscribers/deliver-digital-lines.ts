import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ORDER_GROUP_PLACED, OrderGroupPlacedData } from "../modules/order-group/events"
import { isDigital, kindOnLine } from "../modules/product-delivery/rules"
import { deliverDigitalLinesWorkflow } from "../workflows/deliver-digital-lines"

type PlacedOrder = { id: string; items?: ({ metadata?: Record<string, unknown> | null } | null)[] | null }

/**
 * A paid checkout's digital lines are delivered, store order by store order (checkout
 * wrote each item's kind; an order of mail lines only has nothing to deliver here).
 * Running again for one group (a redelivered event) makes nothing twice.
 */
export default async function deliverDigitalLines({ event, container }: SubscriberArgs<OrderGroupPlacedData>) {
  const { data: groups } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order_group", fields: ["orders.id", "orders.items.metadata"], filters: { id: event.data.id } })
  const orders = ((groups[0]?.orders ?? []) as (PlacedOrder | null)[]).filter(
    (order): order is PlacedOrder =>
      !!order && (order.items ?? []).some((item) => isDigital(kindOnLine(item?.metadata) ?? "mail"))
  )
  // One store's failure must not keep the others' lines from their buyer: each order is tried.
  const failures: unknown[] = []
  for (const order of orders) {
    await deliverDigitalLinesWorkflow(container)
      .run({ input: { order_group_id: event.data.id, order_id: order.id } })
      .catch((error: unknown) => failures.push(error))
  }
  if (failures.length) {
    throw failures[0]
  }
}

export const config: SubscriberConfig = {
  event: ORDER_GROUP_PLACED,
  context: { subscriberId: "federated-cart-deliver-digital-lines" },
}
