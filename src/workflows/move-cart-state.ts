import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { extendHoldsWorkflow } from "./extend-holds"
import { releaseTicketsWorkflow } from "./release-tickets"
import { lockCartStep, unlockCartStep } from "./steps/cart-lock"
import { MoveCartStateInput, moveCartStateStep } from "./steps/move-cart-state"

/**
 * Moves a cart to another state under the cart's lock, so moves, line changes and checkout
 * on one cart happen one after another. `void` releases the cart's tickets while the lock
 * is held; `full` then extends them to cover the payment window (the extension takes the
 * cart lock itself, so it runs after this workflow gives it back).
 */
export const moveCartStateWorkflow = createWorkflow("move-cart-state", (input: WorkflowData<MoveCartStateInput>) => {
  lockCartStep(input.cart_id)
  const made = moveCartStateStep(input)

  const { data: held } = useQueryGraphStep({
    entity: "ticket",
    fields: ["id"],
    filters: { cart_id: input.cart_id, status: "held" },
  }).config({ name: "get-held-tickets-of-moved-cart" })
  const voidedTickets = transform({ input, held }, ({ input, held }) =>
    input.to === "void" ? held.map((ticket) => ticket.id) : []
  )
  when("release-tickets-of-void-cart", { voidedTickets }, ({ voidedTickets }) => voidedTickets.length > 0).then(() => {
    releaseTicketsWorkflow.runAsStep({
      input: transform({ voidedTickets }, ({ voidedTickets }) => ({ ticket_ids: voidedTickets, reason: "cart void" })),
    })
  })
  unlockCartStep(input.cart_id)

  when("extend-holds-of-full-cart", { input }, ({ input }) => input.to === "full").then(() => {
    extendHoldsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ cart_id: input.cart_id })) })
  })
  return new WorkflowResponse(made)
})
