import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import type { AddToCartWorkflowInputDTO } from "@medusajs/framework/types"
import { refreshBonusLines } from "./refresh-bonus-lines"
import { lockCartStep, unlockCartStep } from "./steps/cart-lock"
import { stampDeliveryKindsStep } from "./steps/stamp-delivery-kinds"

/**
 * `POST /store/carts/:id/line-items` with holds turned off (`FEDERATED_CART_TICKETS=off`):
 * everything `addToCartWithTicketsWorkflow` does but the tickets. Lines still get their
 * delivery kind and the bonus lines still follow the total; Medusa's add-to-cart only
 * confirms the stock, as in core. The add-to-cart benchmark's baseline, so that its ratios
 * measure the hold alone.
 */
export const addToCartWithoutTicketsWorkflow = createWorkflow(
  "add-to-cart-without-tickets",
  (input: WorkflowData<AddToCartWorkflowInputDTO>) => {
    lockCartStep(input.cart_id)
    addToCartWorkflow.runAsStep({ input: stampDeliveryKindsStep(input) })
    refreshBonusLines(input.cart_id)
    unlockCartStep(input.cart_id)
    return new WorkflowResponse(input.cart_id)
  }
)
