import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCartCreditLinesWorkflow } from "@medusajs/medusa/core-flows"
import type { StoreMoneyInput } from "./add-store-charge"
import { refreshBonusLines } from "./refresh-bonus-lines"
import { assertStoreExistsStep } from "./steps/assert-store-exists"
import { assertCreditsFitStep } from "./steps/cart-money"
import { lockCartStep, unlockCartStep } from "./steps/cart-lock"
import { checkCartActionStep } from "./steps/check-cart-action"
import { CREDIT_REFERENCE } from "./utils/store-totals"

/**
 * A store's credit on the cart: a Medusa credit line referring to the store, added only
 * while the cart is in `shop`, and only as far as the store's lines (and the cart's)
 * cover it.
 */
export const addStoreCreditWorkflow = createWorkflow("add-store-credit", (input: WorkflowData<StoreMoneyInput>) => {
  lockCartStep(input.cart_id)
  checkCartActionStep({ cart_id: input.cart_id, action: "change_line" })
  assertStoreExistsStep(input.federated_store_id)
  const credit = transform({ input }, ({ input }) => ({
    cart_id: input.cart_id,
    amount: input.amount,
    reference: CREDIT_REFERENCE,
    reference_id: input.federated_store_id,
    metadata: { title: input.title },
  }))
  assertCreditsFitStep(
    transform({ input, credit }, ({ input, credit }) => ({
      cart_id: input.cart_id,
      change: { added_credits: [{ id: "new", ...credit }] },
    }))
  )
  const created = createCartCreditLinesWorkflow.runAsStep({ input: transform({ credit }, ({ credit }) => [credit]) })
  refreshBonusLines(input.cart_id)
  unlockCartStep(input.cart_id)
  return new WorkflowResponse(created)
})
