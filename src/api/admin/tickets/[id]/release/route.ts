import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { releaseTicketsWorkflow } from "../../../../../workflows"
import { retrieveAdminTicket } from "../../ticket-rows"
import type { AdminReleaseTicketType } from "../../validators"
import { adminReason, refuseUnlessLive } from "./release-rules"

export async function POST(req: AuthenticatedMedusaRequest<AdminReleaseTicketType>, res: MedusaResponse) {
  refuseUnlessLive(await retrieveAdminTicket(req.scope, req.params.id))
  const { result: released } = await releaseTicketsWorkflow(req.scope).run({
    input: {
      ticket_ids: [req.params.id],
      reason: await adminReason(req.scope, req.auth_context, req.validatedBody.reason),
    },
  })
  const ticket = await retrieveAdminTicket(req.scope, req.params.id)
  // The workflow skips a ticket another request ended while this one waited for the lock.
  if (!released.length) {
    refuseUnlessLive(ticket)
  }
  res.json({ ticket })
}
