import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"

export const retirePartnerKeysStep = createStep(
  "retire-partner-keys",
  async (input: { partner_id: string; overlap_minutes: number; keep_key_id: string }, { container }) => {
    const partners: PartnerModuleService = container.resolve(PARTNER_MODULE)
    const retired = await partners.retireKeys(input.partner_id, input.overlap_minutes, input.keep_key_id)
    return new StepResponse(
      retired,
      retired.map((key) => key.id)
    )
  },
  async (keyIds, { container }) => {
    if (keyIds?.length) {
      await container
        .resolve<PartnerModuleService>(PARTNER_MODULE)
        .updatePartnerKeys(keyIds.map((id) => ({ id, expires_at: null })))
    }
  }
)
