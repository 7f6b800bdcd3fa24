import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVITATION_MODULE } from "../../modules/invitation"
import type InvitationModuleService from "../../modules/invitation/service"

export const redeemAccessCodeStep = createStep(
  "redeem-access-code",
  async (input: { code: string; cart_id: string }, { container }) => {
    const redemption = await container.resolve<InvitationModuleService>(INVITATION_MODULE).redeem(input)
    return new StepResponse(redemption, redemption.redemption_id)
  },
  async (redemptionId, { container }) => {
    if (redemptionId) {
      await container.resolve<InvitationModuleService>(INVITATION_MODULE).undoRedemption(redemptionId)
    }
  }
)
