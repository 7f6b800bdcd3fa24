import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { spendHandshakeNonceStep } from "./steps/spend-handshake-nonce"
import { unlockCartStep } from "./steps/unlock-cart"
import { upsertPartnerAccountStep } from "./steps/upsert-partner-account"
import { verifyPartnerHandshakeStep } from "./steps/verify-partner-handshake"

export type BindCartToPartnerInput = { cart_id: string; token: string; unlock_minutes: number }

/**
 * A shopper arrives from a partner: the signed handshake binds the cart to the partner
 * account it names, which opens that partner's protected products to the cart for
 * `unlock_minutes`. A refused token (tampered, expired, early, unknown key, replayed)
 * stops the workflow before anything is bound.
 */
export const bindCartToPartnerWorkflow = createWorkflow("bind-cart-to-partner", (input: WorkflowData<BindCartToPartnerInput>) => {
  useQueryGraphStep({
    entity: "cart",
    fields: ["id"],
    filters: { id: input.cart_id },
    options: { throwIfKeyNotFound: true },
  })
  const { partner_id, claims } = verifyPartnerHandshakeStep({ token: input.token })
  spendHandshakeNonceStep(
    transform({ partner_id, claims }, ({ partner_id, claims }) => ({
      partner_id,
      nonce: claims.jti,
      expires_at: new Date(claims.exp * 1000),
    }))
  )
  const account = upsertPartnerAccountStep(
    transform({ partner_id, claims }, ({ partner_id, claims }) => ({
      partner_id,
      account_ref: claims.sub,
      display_name: claims.name ?? null,
      owned_product_handles: claims.owns ?? null,
    }))
  )
  const unlocks = unlockCartStep(
    transform({ input, partner_id, account }, ({ input, partner_id, account }) => [
      {
        cart_id: input.cart_id,
        reason: "partner" as const,
        partner_id,
        partner_account_id: account.id,
        expires_at: new Date(Date.now() + input.unlock_minutes * 60_000),
      },
    ])
  )
  return new WorkflowResponse(
    transform({ partner_id, account, unlocks }, ({ partner_id, account, unlocks }) => ({
      partner_id,
      partner_account_id: account.id,
      expires_at: unlocks[0].expires_at,
    }))
  )
})
