import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FulfillmentWorkflowEvents, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { relayFulfillmentProgressWorkflow } from "../workflows/relay-fulfillment-progress"

// `order.fulfillment_created` names the fulfillment `fulfillment_id`; the other two call it `id`.
type FulfillmentEvent = { fulfillment_id?: string; id?: string }

/** A store order's fulfillment was created, shipped or delivered: tell the shopper. */
export default async function relayFulfillmentProgress({ event, container }: SubscriberArgs<FulfillmentEvent>) {
  const fulfillmentId = event.data.fulfillment_id ?? event.data.id
  if (fulfillmentId) {
    await relayFulfillmentProgressWorkflow(container).run({ input: { fulfillment_id: fulfillmentId } })
  }
}

export const config: SubscriberConfig = {
  event: [
    OrderWorkflowEvents.FULFILLMENT_CREATED,
    FulfillmentWorkflowEvents.SHIPMENT_CREATED,
    FulfillmentWorkflowEvents.DELIVERY_CREATED,
  ],
}
