import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVITATION_MODULE } from "../../modules/invitation"
import type InvitationModuleService from "../../modules/invitation/service"

export type CreateInvitationInput = {
  title?: string | null
  product_ids: string[]
  /** One single-use code per invitee, sent by e-mail. */
  emails?: string[]
  /** Or one shared code, usable this many times. */
  shared_uses?: number
  expires_at?: Date | null
}

/** The invitation and its codes; the codes in clear exist only in this step's result. */
export const createInvitationStep = createStep(
  "create-invitation",
  async ({ emails = [], shared_uses, ...data }: CreateInvitationInput, { container }) => {
    const invitations: InvitationModuleService = container.resolve(INVITATION_MODULE)
    const invitation = await invitations.createInvitations(data)
    const specs = shared_uses ? [{ email: null, max_uses: shared_uses }] : emails.map((email) => ({ email, max_uses: 1 }))
    const codes = await invitations.issueCodes(invitation.id, specs)
    return new StepResponse({ invitation, codes }, invitation.id)
  },
  async (invitationId, { container }) => {
    if (!invitationId) {
      return
    }
    const invitations: InvitationModuleService = container.resolve(INVITATION_MODULE)
    const codes = await invitations.listAccessCodes({ invitation_id: invitationId }, { select: ["id"] })
    await invitations.deleteAccessCodes(codes.map((code) => code.id))
    await invitations.deleteInvitations(invitationId)
  }
)
