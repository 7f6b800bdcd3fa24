import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCartCreditLinesWorkflow, deleteLineItemsWorkflow } from "@medusajs/medusa/core-flows"
import { refreshBonusLines } from "./refresh-bonus-lines"
import { assertCreditsFitStep } from "./steps/cart-money"
import { lockCartStep, unlockCartStep } from "./steps/cart-lock"
import { checkCartActionStep } from "./steps/check-cart-action"
import { findStoreMoneyStep, StoreMoneyRef } from "./steps/find-store-money"

/**
 * Takes a store's charge or credit off a cart in `shop`. A charge whose removal would
 * leave a credit of its store uncovered stays.
 */
export const removeStoreMoneyWorkflow = createWorkflow("remove-store-money", (input: WorkflowData<StoreMoneyRef>) => {
  lockCartStep(input.cart_id)
  checkCartActionStep({ cart_id: input.cart_id, action: "change_line" })
  findStoreMoneyStep(input)
  when("remove-store-charge", { input }, ({ input }) => input.kind === "charge").then(() => {
    assertCreditsFitStep(
      transform({ input }, ({ input }) => ({ cart_id: input.cart_id, change: { quantities: { [input.id]: 0 } } }))
    )
    deleteLineItemsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ cart_id: input.cart_id, ids: [input.id] })),
    })
  })
  when("remove-store-credit", { input }, ({ input }) => input.kind === "credit").then(() => {
    deleteCartCreditLinesWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ id: [input.id] })) })
  })
  refreshBonusLines(input.cart_id)
  unlockCartStep(input.cart_id)
  return new WorkflowResponse(input)
})
