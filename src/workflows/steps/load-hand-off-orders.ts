import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { NewHandOff } from "../../modules/distribution/service"
import { HAND_OFF_ORDER_FIELDS, HandOffOrder, handOffPayload } from "../utils/hand-off-payload"

type StoreOrder = HandOffOrder & { federated_store?: (HandOffOrder["federated_store"] & { distributor_url: string }) | null }

/** The group's store orders as hand-offs to make: each to its own store's distributor. */
export const loadHandOffOrdersStep = createStep("load-hand-off-orders", async (orderGroupId: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: groups } = await query.graph({
    entity: "order_group",
    fields: ["id", "orders.id"],
    filters: { id: orderGroupId },
  })
  if (!groups[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order group with id ${orderGroupId}.`)
  }
  const orderIds = (groups[0].orders ?? []).flatMap((order: { id: string } | null) => (order ? [order.id] : []))
  if (!orderIds.length) {
    return new StepResponse([] as NewHandOff[])
  }
  const { data } = await query.graph({ entity: "order", fields: HAND_OFF_ORDER_FIELDS, filters: { id: orderIds } })
  // Typed here: the store link is in Medusa's generated query types only once they are regenerated.
  const orders = data as StoreOrder[]
  const handOffs: NewHandOff[] = orders.flatMap((order) =>
    order.federated_store
      ? [
          {
            order_group_id: orderGroupId,
            order_id: order.id,
            federated_store_id: order.federated_store.id,
            url: order.federated_store.distributor_url,
            payload: handOffPayload(order, orderGroupId),
          },
        ]
      : []
  )
  return new StepResponse(handOffs)
})
