import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { refreshBonusLines } from "./refresh-bonus-lines"
import { assertStoreExistsStep } from "./steps/assert-store-exists"
import { lockCartStep, unlockCartStep } from "./steps/cart-lock"
import { checkCartActionStep } from "./steps/check-cart-action"
import { CHARGE_KIND } from "./utils/store-totals"

export type StoreMoneyInput = { cart_id: string; federated_store_id: string; title: string; amount: number }

/**
 * A store's charge (e.g. handling) on the cart: a custom-priced line of the store, added
 * only while the cart is in `shop`. It needs no shipping and holds no stock.
 */
export const addStoreChargeWorkflow = createWorkflow("add-store-charge", (input: WorkflowData<StoreMoneyInput>) => {
  lockCartStep(input.cart_id)
  checkCartActionStep({ cart_id: input.cart_id, action: "change_line" })
  assertStoreExistsStep(input.federated_store_id)
  addToCartWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      cart_id: input.cart_id,
      items: [
        {
          title: input.title,
          unit_price: input.amount,
          quantity: 1,
          requires_shipping: false,
          metadata: { line_kind: CHARGE_KIND, federated_store_id: input.federated_store_id },
        },
      ],
    })),
  })
  refreshBonusLines(input.cart_id)
  unlockCartStep(input.cart_id)
  return new WorkflowResponse(input.cart_id)
})
