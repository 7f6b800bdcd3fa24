import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addLinesWithTickets } from "./add-to-cart-with-tickets"
import { lockCartStep, unlockCartStep } from "./steps/cart-lock"
import { attachPrepaidLineStep, planPrepaidLineStep } from "./steps/prepaid-line"
import { reservePrepaidCodeStep } from "./steps/reserve-prepaid-code"
import { unlockCartStep as openProductsStep } from "./steps/unlock-cart"

/**
 * A shopper who came through a partner's handshake enters a prepaid code: the code is
 * reserved by the cart (no other cart can take it while the line holds its units), its
 * product opens to the cart, and one unit goes in at $0 taking a ticket like any line.
 * The checkout marks the code redeemed. Any failure gives the reservation back.
 */
export const redeemPrepaidCodeWorkflow = createWorkflow(
  "redeem-prepaid-code",
  (input: WorkflowData<{ cart_id: string; code: string }>) => {
    lockCartStep(input.cart_id)
    const code = reservePrepaidCodeStep(input)
    openProductsStep(
      transform({ input, code }, ({ input, code }) => [
        { cart_id: input.cart_id, reason: "prepaid_code" as const, product_id: code.product_id, code_id: code.id },
      ])
    ).config({ name: "open-prepaid-product" })
    const item = planPrepaidLineStep({ cart_id: input.cart_id, code })
    addLinesWithTickets(transform({ input, item }, ({ input, item }) => ({ cart_id: input.cart_id, items: [item] })))
    const lineId = attachPrepaidLineStep(
      transform({ input, code }, ({ input, code }) => ({ cart_id: input.cart_id, code_id: code.id }))
    )
    unlockCartStep(input.cart_id)
    return new WorkflowResponse(
      transform({ code, lineId }, ({ code, lineId }) => ({ product_id: code.product_id, line_item_id: lineId }))
    )
  }
)
