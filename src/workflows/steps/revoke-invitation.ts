import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVITATION_MODULE } from "../../modules/invitation"
import type InvitationModuleService from "../../modules/invitation/service"
import { VISIBILITY_MODULE } from "../../modules/visibility"
import type VisibilityModuleService from "../../modules/visibility/service"

export const revokeInvitationStep = createStep(
  "revoke-invitation",
  async (invitationId: string, { container }) => {
    const invitations: InvitationModuleService = container.resolve(INVITATION_MODULE)
    const invitation = await invitations.retrieveInvitation(invitationId, { relations: ["codes"] })
    await invitations.updateInvitations({ id: invitationId, revoked_at: invitation.revoked_at ?? new Date() })
    return new StepResponse(
      invitation.codes.map((code) => code.id),
      { id: invitationId, revoked_at: invitation.revoked_at }
    )
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<InvitationModuleService>(INVITATION_MODULE).updateInvitations(previous)
    }
  }
)

/** Closes what a revoked invitation's codes had opened: their carts no longer see the products. */
export const closeCodeUnlocksStep = createStep(
  "close-code-unlocks",
  async (codeIds: string[], { container }) => {
    const visibility: VisibilityModuleService = container.resolve(VISIBILITY_MODULE)
    const unlocks = codeIds.length ? await visibility.listUnlocks({ code_id: codeIds }, { select: ["id"] }) : []
    const ids = unlocks.map((unlock) => unlock.id)
    if (ids.length) {
      await visibility.softDeleteUnlocks(ids)
    }
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve<VisibilityModuleService>(VISIBILITY_MODULE).restoreUnlocks(ids)
    }
  }
)
