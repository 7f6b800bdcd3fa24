import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cartStockContext } from "./cart-stock-context"
import { lockCartStep, unlockCartStep } from "./steps/cart-lock"
import { extendHoldsStep } from "./steps/extend-holds"
import { lineHolds } from "./utils/cart-lines"

/**
 * An active shopper keeps their units longer: every live hold of the cart restarts, up to
 * the plugin's maximum. Units stay reserved throughout, so no stock lock is needed; the
 * cart lock keeps a checkout from running meanwhile.
 */
export const extendHoldsWorkflow = createWorkflow("extend-holds", (input: WorkflowData<{ cart_id: string }>) => {
  lockCartStep(input.cart_id)
  const context = cartStockContext(input.cart_id)
  const extended = extendHoldsStep(
    transform({ input, context }, ({ input, context }) => ({
      cart_id: input.cart_id,
      now: context.now,
      hold_minutes_by_line: Object.fromEntries(
        lineHolds(context.cart).map((line) => [line.line_item_id, line.hold_minutes ?? null])
      ),
    }))
  )
  unlockCartStep(input.cart_id)
  return new WorkflowResponse(extended)
})
