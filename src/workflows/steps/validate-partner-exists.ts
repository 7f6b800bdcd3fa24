import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"

export const validatePartnerExistsStep = createStep(
  "validate-partner-exists",
  async (partnerId: string | null | undefined, { container }) => {
    if (partnerId) {
      const partner: PartnerModuleService = container.resolve(PARTNER_MODULE)
      const [found] = await partner.listPartners({ id: partnerId }, { select: ["id"] })
      if (!found) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `No partner with id ${partnerId}.`)
      }
    }
    return new StepResponse(partnerId ?? null)
  }
)
