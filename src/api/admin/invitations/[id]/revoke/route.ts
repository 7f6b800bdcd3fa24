import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeInvitationWorkflow } from "../../../../../workflows/revoke-invitation"
import { retrieveInvitation } from "../../invitation-fields"

/** The invitation's codes stop working, and the carts they opened products to lose them. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  await retrieveInvitation(req.scope, req.params.id)
  await revokeInvitationWorkflow(req.scope).run({ input: req.params.id })
  res.json({ invitation: await retrieveInvitation(req.scope, req.params.id) })
}
