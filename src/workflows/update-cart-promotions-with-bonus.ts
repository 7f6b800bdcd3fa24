import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import type { PromotionActions } from "@medusajs/framework/utils"
import { refreshBonusLines } from "./refresh-bonus-lines"
import { lockCartStep, unlockCartStep } from "./steps/cart-lock"

type PromotionCodesChange = {
  cart_id: string
  promo_codes: string[]
  action: PromotionActions
  force_refresh_payment_collection: boolean
}

/**
 * Medusa's promotion-code change, then the bonus lines its discount may earn or lose, under
 * one hold of the cart's lock: what `POST|DELETE /store/carts/:id/promotions` runs.
 */
export const updateCartPromotionsWithBonusWorkflow = createWorkflow(
  "update-cart-promotions-with-bonus",
  (input: WorkflowData<PromotionCodesChange>) => {
    lockCartStep(input.cart_id)
    updateCartPromotionsWorkflow.runAsStep({ input })
    refreshBonusLines(input.cart_id)
    unlockCartStep(input.cart_id)
    return new WorkflowResponse(input.cart_id)
  }
)
