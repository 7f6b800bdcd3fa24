import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AddToCartWorkflowInputDTO } from "@medusajs/framework/types"
import { addLinesWithTickets } from "./add-lines-with-tickets"
import { refreshBonusLines } from "./refresh-bonus-lines"
import { lockCartStep, unlockCartStep } from "./steps/cart-lock"

// Kept here too: callers import the composition from this file.
export { addLinesWithTickets } from "./add-lines-with-tickets"

/** Medusa's add-to-cart, with tickets: what `POST /store/carts/:id/line-items` runs. */
export const addToCartWithTicketsWorkflow = createWorkflow(
  "add-to-cart-with-tickets",
  (input: WorkflowData<AddToCartWorkflowInputDTO>) => {
    lockCartStep(input.cart_id)
    const before = addLinesWithTickets(input)
    refreshBonusLines(input.cart_id, before)
    unlockCartStep(input.cart_id)
    return new WorkflowResponse(input.cart_id)
  }
)
