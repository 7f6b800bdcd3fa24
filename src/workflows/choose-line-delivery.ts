import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { lockCartStep, unlockCartStep } from "./steps/cart-lock"
import { checkCartActionStep } from "./steps/check-cart-action"
import { chooseLineDeliveryStep, LineDeliveryInput } from "./steps/choose-line-delivery"

/** A line's delivery kind changes like any line: under the cart lock, only while the cart's state lets lines change. */
export const chooseLineDeliveryWorkflow = createWorkflow("choose-line-delivery", (input: WorkflowData<LineDeliveryInput>) => {
  lockCartStep(input.cart_id)
  checkCartActionStep({ cart_id: input.cart_id, action: "change_line" })
  const chosen = chooseLineDeliveryStep(input)
  unlockCartStep(input.cart_id)
  return new WorkflowResponse(chosen)
})
