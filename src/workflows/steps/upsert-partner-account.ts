import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"

export const upsertPartnerAccountStep = createStep(
  "upsert-partner-account",
  async (
    input: { partner_id: string; account_ref: string; display_name: string | null; owned_product_handles: string[] | null },
    { container }
  ) => {
    const account = await container.resolve<PartnerModuleService>(PARTNER_MODULE).upsertAccount(input)
    return new StepResponse(account, account.created ? account.id : null)
  },
  async (createdId, { container }) => {
    if (createdId) {
      await container.resolve<PartnerModuleService>(PARTNER_MODULE).deletePartnerAccounts(createdId)
    }
  }
)
