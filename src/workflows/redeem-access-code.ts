import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { redeemAccessCodeStep } from "./steps/redeem-access-code"
import { unlockCartStep } from "./steps/unlock-cart"

/**
 * A shopper enters an access code: one use of it is spent (never more than it allows,
 * however many carts race) and its invitation's products open to the cart until the
 * invitation expires — and, when the cart has a logged-in customer, to that customer's
 * other carts too. Entering it again in the same cart spends nothing.
 */
export const redeemAccessCodeWorkflow = createWorkflow(
  "redeem-access-code",
  (input: WorkflowData<{ cart_id: string; code: string }>) => {
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "customer_id"],
      filters: { id: input.cart_id },
      options: { throwIfKeyNotFound: true },
    })
    const redemption = redeemAccessCodeStep(input)
    unlockCartStep(
      transform({ input, redemption, carts }, ({ input, redemption, carts }) =>
        redemption.redemption_id
          ? redemption.product_ids.map((product_id) => ({
              cart_id: input.cart_id,
              customer_id: carts[0].customer_id ?? null,
              reason: "access_code" as const,
              product_id,
              code_id: redemption.access_code_id,
              expires_at: redemption.expires_at,
            }))
          : []
      )
    )
    return new WorkflowResponse(
      transform({ redemption }, ({ redemption }) => ({ product_ids: redemption.product_ids, expires_at: redemption.expires_at }))
    )
  }
)
