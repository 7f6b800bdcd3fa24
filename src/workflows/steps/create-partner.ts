import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"

export type CreatePartnerInput = { name: string; return_url?: string | null; delivery_url?: string | null }

export const createPartnerStep = createStep(
  "create-partner",
  async (input: CreatePartnerInput, { container }) => {
    const partners: PartnerModuleService = container.resolve(PARTNER_MODULE)
    const partner = await partners.createPartners(input)
    return new StepResponse(partner, partner.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<PartnerModuleService>(PARTNER_MODULE).deletePartners(id)
    }
  }
)
