import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"

export type UpdatePartnerInput = {
  id: string
  name?: string
  return_url?: string | null
  delivery_url?: string | null
}

/** Changes what an admin may change of a partner; compensation puts back what it was. */
export const updatePartnerStep = createStep(
  "update-partner",
  async (input: UpdatePartnerInput, { container }) => {
    const partners: PartnerModuleService = container.resolve(PARTNER_MODULE)
    const [before] = await partners.listPartners({ id: input.id }, { select: ["id", "name", "return_url", "delivery_url"] })
    const partner = await partners.updatePartners(input)
    const { id, name, return_url, delivery_url } = before
    return new StepResponse(partner, { id, name, return_url, delivery_url })
  },
  async (before, { container }) => {
    if (before) {
      await container.resolve<PartnerModuleService>(PARTNER_MODULE).updatePartners(before)
    }
  }
)
