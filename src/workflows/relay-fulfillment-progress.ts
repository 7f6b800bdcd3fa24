import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { FulfillmentProgress, stepsTaken } from "../modules/delivery-relay/progress"
import type { NewDeliveryUpdate } from "../modules/delivery-relay/service"
import { announceDeliveryUpdatesStep } from "./steps/announce-delivery-updates"
import { recordDeliveryUpdatesStep } from "./steps/record-delivery-updates"

export type RelayFulfillmentProgressInput = { fulfillment_id: string }

/**
 * The fields read below. `order_group` and `federated_store` come from this plugin's
 * links, which Medusa's generated query types know only once a server has regenerated
 * them: the read result is typed here so the code compiles either way.
 */
type RelayedFulfillment = FulfillmentProgress & {
  id: string
  order?: {
    id: string
    order_group?: { id: string; cart_id: string } | null
    federated_store?: { id: string } | null
  } | null
}

/**
 * Relays a fulfillment's progress to the shopper whose checkout ordered it: reads the
 * fulfillment with its order's group and store, records each step it has taken that is
 * not recorded yet, and wakes the shopper's streams. A fulfillment of an order outside
 * any order group (a plain Medusa order) relays nothing.
 */
export const relayFulfillmentProgressWorkflow = createWorkflow(
  "relay-fulfillment-progress",
  (input: WorkflowData<RelayFulfillmentProgressInput>) => {
    const { data: fulfillments } = useQueryGraphStep({
      entity: "fulfillment",
      fields: [
        "id",
        "created_at",
        "shipped_at",
        "delivered_at",
        "order.id",
        "order.order_group.id",
        "order.order_group.cart_id",
        "order.federated_store.id",
      ],
      filters: { id: input.fulfillment_id },
    })
    const updates = transform({ fulfillments }, ({ fulfillments }): NewDeliveryUpdate[] => {
      const fulfillment = fulfillments[0] as RelayedFulfillment | undefined
      const order = fulfillment?.order
      const group = order?.order_group
      if (!fulfillment || !order || !group) {
        return []
      }
      return stepsTaken(fulfillment).map((step) => ({
        ...step,
        order_group_id: group.id,
        cart_id: group.cart_id,
        order_id: order.id,
        federated_store_id: order.federated_store?.id ?? null,
        fulfillment_id: fulfillment.id,
      }))
    })
    const recorded = recordDeliveryUpdatesStep(updates)
    announceDeliveryUpdatesStep(recorded)
    return new WorkflowResponse(recorded)
  }
)
