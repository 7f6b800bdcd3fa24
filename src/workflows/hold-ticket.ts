import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { unitsNeeded, VARIANT_STOCK_FIELDS, VariantStock } from "../modules/ticketing/stock"
import { cartStockContext } from "./cart-stock-context"
import { holdCartLinesStep } from "./steps/hold-cart-lines"
import { refuseWhenSoldOutStep } from "./steps/refuse-when-sold-out"
import { emitTicketStockChanged } from "./steps/emit-ticket-stock-changed"

export type HoldTicketInput = {
  cart_id: string
  line_item_id: string
  variant_id: string
  /** The line's whole quantity after the change. */
  quantity: number
  /** The instant the hold is taken; defaults to now (tests pass their own clock). */
  now?: Date
  hold_minutes?: number
}

/**
 * Takes (or resizes) the tickets that hold one cart line's units, outside any cart
 * change: refuse at once when nothing is free, then hold exactly what the line needs at a
 * location serving the cart's sales channel (holds that ran out are ended first). The cart routes run the same steps around Medusa's own workflows
 * (see `ticketedCartChange`).
 */
export const holdTicketWorkflow = createWorkflow("hold-ticket", (input: WorkflowData<HoldTicketInput>) => {
  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: VARIANT_STOCK_FIELDS,
    filters: { id: input.variant_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "get-variant-inventory" })

  const context = cartStockContext(input.cart_id)

  const plan = transform({ input, variants, context }, ({ input, variants, context }) => {
    const needs = unitsNeeded(variants[0] as VariantStock, input.quantity)
    return {
      needs,
      itemIds: needs.map((need) => need.inventory_item_id),
      locationIds: context.location_ids,
      now: input.now ?? context.now,
    }
  })

  refuseWhenSoldOutStep(
    transform({ input, plan }, ({ input, plan }) => ({
      line_item_id: input.line_item_id,
      needs: plan.needs,
      location_ids: plan.locationIds,
      now: plan.now,
    }))
  )
  const hold = holdCartLinesStep(
    transform({ input, plan }, ({ input, plan }) => ({
      cart_id: input.cart_id,
      lines: [
        {
          line_item_id: input.line_item_id,
          variant_id: input.variant_id,
          needs: plan.needs,
          hold_minutes: input.hold_minutes,
        },
      ],
      changed: { line_item_ids: [input.line_item_id] },
      location_ids: plan.locationIds,
      now: input.now ?? null,
    }))
  )
  emitTicketStockChanged(transform({ plan }, ({ plan }) => ({ inventory_item_ids: plan.itemIds })))
  return new WorkflowResponse(hold)
})
