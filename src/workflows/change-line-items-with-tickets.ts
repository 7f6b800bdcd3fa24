import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteLineItemsWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import type { UpdateLineItemInCartWorkflowInputDTO } from "@medusajs/framework/types"
import { cartStockContext } from "./cart-stock-context"
import { lockCartStep, unlockCartStep } from "./steps/cart-lock"
import { checkCartActionStep } from "./steps/check-cart-action"
import { ticketedCartChange } from "./ticketed-cart-change"
import { cartVariantUnits, needsOf, sumNeeds } from "./utils/cart-lines"

/** Lines set to a quantity (0: removed; none: kept as they are). */
type LineChange = { cart_id: string; line_item_ids: string[]; quantity?: number }

/** The ticketed change for setting lines to a quantity. */
function lineChange(input: WorkflowData<LineChange>) {
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
      now: context.now,
    }
  })
}

/** Medusa's line-item update, with the line's ticket grown, shrunk or released. */
export const updateLineItemWithTicketsWorkflow = createWorkflow(
  "update-line-item-with-tickets",
  (input: WorkflowData<UpdateLineItemInCartWorkflowInputDTO>) => {
    lockCartStep(input.cart_id)
    const change = lineChange(
      transform({ input }, ({ input }) => ({
        cart_id: input.cart_id,
        line_item_ids: [input.item_id],
        quantity: input.update.quantity === undefined ? undefined : Number(input.update.quantity),
      }))
    )
    ticketedCartChange(change, () => {
      updateLineItemInCartWorkflow.runAsStep({ input })
    })
    unlockCartStep(input.cart_id)
    return new WorkflowResponse(input.item_id)
  }
)

/** Medusa's line-item removal, with the lines' tickets released. */
export const deleteLineItemsWithTicketsWorkflow = createWorkflow(
  "delete-line-items-with-tickets",
  (input: WorkflowData<{ cart_id: string; ids: string[] }>) => {
    lockCartStep(input.cart_id)
    // Core's removal has no hook to check the cart's state under the lock: checked here.
    checkCartActionStep({ cart_id: input.cart_id, action: "change_line" })
    const change = lineChange(
      transform({ input }, ({ input }) => ({ cart_id: input.cart_id, line_item_ids: input.ids, quantity: 0 }))
    )
    ticketedCartChange(change, () => {
      deleteLineItemsWorkflow.runAsStep({ input })
    })
    unlockCartStep(input.cart_id)
    return new WorkflowResponse(input.ids)
  }
)

/**
 * Holds a line whose hold ran out again, for its whole quantity, when the units are free;
 * a 409 naming the free count when they are not.
 */
export const holdLineAgainWorkflow = createWorkflow(
  "hold-line-again",
  (input: WorkflowData<{ cart_id: string; line_item_id: string }>) => {
    lockCartStep(input.cart_id)
    checkCartActionStep({ cart_id: input.cart_id, action: "hold_lines" })
    const change = lineChange(
      transform({ input }, ({ input }) => ({ cart_id: input.cart_id, line_item_ids: [input.line_item_id] }))
    )
    ticketedCartChange(change, () => {})
    unlockCartStep(input.cart_id)
    return new WorkflowResponse(input.line_item_id)
  }
)

/**
 * Removing lines with tickets switched off: core's removal has no hook, so the cart's
 * state is checked here, under the same cart lock.
 */
export const deleteLineItemsInStateWorkflow = createWorkflow(
  "delete-line-items-in-state",
  (input: WorkflowData<{ cart_id: string; ids: string[] }>) => {
    lockCartStep(input.cart_id)
    checkCartActionStep({ cart_id: input.cart_id, action: "change_line" })
    deleteLineItemsWorkflow.runAsStep({ input })
    unlockCartStep(input.cart_id)
    return new WorkflowResponse(input.ids)
  }
)
