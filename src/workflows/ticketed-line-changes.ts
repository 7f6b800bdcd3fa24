import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { deleteLineItemsWorkflow } from "@medusajs/medusa/core-flows"
import { cartStockContext } from "./cart-stock-context"
import { ticketedCartChange } from "./ticketed-cart-change"
import { cartVariantUnits, needsOf, sumNeeds } from "./utils/cart-lines"

/** Lines set to a quantity (0: removed; none: kept as they are). */
export type LineChange = { cart_id: string; line_item_ids: string[]; quantity?: number }

/** The ticketed change for setting lines to a quantity. */
export function lineChange(input: WorkflowData<LineChange>) {
  const context = cartStockContext(input.cart_id)
  return transform({ input, context }, ({ input, context }) => {
    const units = cartVariantUnits(context.cart)
    const lines = (context.cart.items ?? []).flatMap((item) => (item && input.line_item_ids.includes(item.id) ? [item] : []))
    return {
      cart_id: input.cart_id,
      targets: sumNeeds(lines.flatMap((line) => needsOf(units, line.variant_id, input.quantity ?? Number(line.quantity)))),
      changed: { line_item_ids: input.line_item_ids },
      variant_units: units,
      location_ids: context.location_ids,
    }
  })
}

/** Removes lines with Medusa's removal and releases their tickets. The caller holds the cart's lock. */
export function removeLinesWithTickets(input: WorkflowData<{ cart_id: string; ids: string[] }>) {
  const change = lineChange(
    transform({ input }, ({ input }) => ({ cart_id: input.cart_id, line_item_ids: input.ids, quantity: 0 }))
  )
  ticketedCartChange(change, () => {
    deleteLineItemsWorkflow.runAsStep({ input })
  })
}
