import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVITATION_MODULE } from "../../modules/invitation"
import type InvitationModuleService from "../../modules/invitation/service"

export const reissueAccessCodesStep = createStep(
  "reissue-access-codes",
  async (codeIds: string[], { container }) => {
    const { issued, previous } = await container.resolve<InvitationModuleService>(INVITATION_MODULE).reissueCodes(codeIds)
    return new StepResponse(issued, previous)
  },
  async (previous, { container }) => {
    if (previous?.length) {
      await container.resolve<InvitationModuleService>(INVITATION_MODULE).updateAccessCodes(previous)
    }
  }
)
