import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resendInvitationWorkflow } from "../../../../../workflows/resend-invitation"
import { retrieveInvitation } from "../../invitation-fields"
import type { AdminResendInvitationType } from "../../validators"

/** Invitees who have not used their code get a new one by e-mail; the old one stops working. */
export async function POST(req: MedusaRequest<AdminResendInvitationType>, res: MedusaResponse) {
  const { result } = await resendInvitationWorkflow(req.scope).run({
    input: { invitation_id: req.params.id, emails: req.validatedBody.emails },
  })
  res.json({ invitation: await retrieveInvitation(req.scope, req.params.id), sent_to: result })
}
