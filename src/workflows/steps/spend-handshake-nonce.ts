import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"

/**
 * Spends the token's nonce. Deliberately not undone when a later step fails: a nonce
 * is used up once a correctly signed token has been seen, so a failed handshake cannot
 * be replayed either; the partner signs a new token.
 */
export const spendHandshakeNonceStep = createStep(
  "spend-handshake-nonce",
  async (input: { partner_id: string; nonce: string; expires_at: Date }, { container }) => {
    const id = await container.resolve<PartnerModuleService>(PARTNER_MODULE).spendNonce(input)
    return new StepResponse(id)
  }
)
