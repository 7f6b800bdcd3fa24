import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderFulfillmentWorkflow, createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import type { DigitalPlan } from "../utils/digital-lines"
import type { DigitalKind, DigitalShippingOptions } from "./ensure-digital-shipping-options"

export type DigitalFulfillments = Record<DigitalKind, string | null>

/**
 * One Medusa fulfillment per digital kind of the order, made by Medusa's own order
 * fulfillment workflow through the kind's shipping option (so the order's fulfilled
 * quantities, reservations and stock move as for any fulfillment), from the location
 * the units were reserved at. A kind fulfilled before keeps its fulfillment.
 */
export const createDigitalFulfillmentsStep = createStep(
  "create-digital-fulfillments",
  async (
    { order_id, plan, options }: { order_id: string; plan: DigitalPlan; options: DigitalShippingOptions },
    { container }
  ) => {
    const made: DigitalFulfillments = { immediate: plan.immediate.fulfillment_id, prepaid_code: plan.prepaid_code.fulfillment_id }
    const created: string[] = []
    try {
      for (const kind of Object.keys(made) as DigitalKind[]) {
        const part = plan[kind]
        if (made[kind] || !part.lines.length) {
          continue
        }
        const { result } = await createOrderFulfillmentWorkflow(container).run({
          input: {
            order_id,
            items: part.lines.map((line) => ({ id: line.line_item_id, quantity: line.quantity })),
            shipping_option_id: options[kind],
            location_id: part.location_id,
            metadata: { delivery_kind: kind },
          },
        })
        made[kind] = result.id
        created.push(result.id)
      }
    } catch (error) {
      await cancelAll(container, order_id, created)
      throw error
    }
    return new StepResponse(made, { order_id, created })
  },
  async (undo, { container }) => {
    if (undo) {
      await cancelAll(container, undo.order_id, undo.created)
    }
  }
)

async function cancelAll(container: Parameters<typeof cancelOrderFulfillmentWorkflow>[0], orderId: string, ids: string[]) {
  for (const id of ids) {
    await cancelOrderFulfillmentWorkflow(container).run({
      input: { order_id: orderId, fulfillment_id: id, no_notification: true },
    })
  }
}
