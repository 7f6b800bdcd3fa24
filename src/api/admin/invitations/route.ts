import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createInvitationWorkflow } from "../../../workflows/create-invitation"
import { listInvitations, retrieveInvitation } from "./invitation-fields"
import type { AdminCreateInvitationType } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ invitations: await listInvitations(req.scope) })
}

/** Invitees get their codes by e-mail; a shared code is in this answer, and only here. */
export async function POST(req: MedusaRequest<AdminCreateInvitationType>, res: MedusaResponse) {
  const { result } = await createInvitationWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({
    invitation: await retrieveInvitation(req.scope, result.invitation.id),
    shared_code: result.shared_code,
  })
}
