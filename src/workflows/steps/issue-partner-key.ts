import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"

/** A new signing key; its secret leaves the server only in this step's result. */
export const issuePartnerKeyStep = createStep(
  "issue-partner-key",
  async (partnerId: string, { container }) => {
    const issued = await container.resolve<PartnerModuleService>(PARTNER_MODULE).issueKey(partnerId)
    return new StepResponse(issued, issued.key_id)
  },
  async (keyId, { container }) => {
    if (keyId) {
      await container.resolve<PartnerModuleService>(PARTNER_MODULE).deletePartnerKeys(keyId)
    }
  }
)
