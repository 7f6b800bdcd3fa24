import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"

export const verifyPartnerHandshakeStep = createStep(
  "verify-partner-handshake",
  async (input: { token: string }, { container }) => {
    const verified = await container.resolve<PartnerModuleService>(PARTNER_MODULE).verifyHandshake(input.token)
    return new StepResponse(verified)
  }
)
