import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import type { UpdateLineItemInCartWorkflowInputDTO } from "@medusajs/framework/types"
import { lockCartStep, unlockCartStep } from "./steps/cart-lock"
import { checkCartActionStep } from "./steps/check-cart-action"
import { checkLineQuantityStep } from "./steps/check-line-quantity"
import { refreshBonusLines } from "./refresh-bonus-lines"
import { ticketedCartChange } from "./ticketed-cart-change"
import { lineChange, removeLinesWithTickets } from "./ticketed-line-changes"
import { updateHeldLine } from "./update-held-line"

/**
 * Medusa's line-item update, with the line's ticket grown, shrunk or released. A held
 * line set to a new quantity is changed without core's stock check (see `updateHeldLine`);
 * any other update is core's own.
 */
export const updateLineItemWithTicketsWorkflow = createWorkflow(
  "update-line-item-with-tickets",
  (input: WorkflowData<UpdateLineItemInCartWorkflowInputDTO>) => {
    checkLineQuantityStep(transform({ input }, ({ input }) => ({ quantity: input.update.quantity })))
    lockCartStep(input.cart_id)
    const change = lineChange(
      transform({ input }, ({ input }) => ({
        cart_id: input.cart_id,
        line_item_ids: [input.item_id],
        quantity: input.update.quantity === undefined ? undefined : Number(input.update.quantity),
      }))
    )
    const held = transform(
      { input, change },
      ({ input, change }) => Number(input.update.quantity) > 0 && change.targets.length > 0
    )
    ticketedCartChange(change, () => {
      when("update-held-line", { held }, ({ held }) => held).then(() => updateHeldLine(input))
      when("update-line-in-core", { held }, ({ held }) => !held).then(() => {
        updateLineItemInCartWorkflow.runAsStep({ input })
      })
    })
    refreshBonusLines(input.cart_id)
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
    removeLinesWithTickets(input)
    refreshBonusLines(input.cart_id)
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
