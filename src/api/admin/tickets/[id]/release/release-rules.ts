import type { AuthContext } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

type TicketState = {
  id: string
  status: string
  is_live: boolean
  expires_at: Date | string
  ended_at?: Date | string | null
  end_reason?: string | null
}

/**
 * Only a live hold can be released by hand. One that ran out is left to the sweep, so
 * it ends as `expired` and its history says what really happened.
 */
export function refuseUnlessLive(ticket: TicketState) {
  if (ticket.is_live) {
    return
  }
  const when = new Date(ticket.status === "held" ? ticket.expires_at : (ticket.ended_at ?? ticket.expires_at)).toISOString()
  const why = ticket.status === "held" ? `its hold ran out at ${when}` : `it was ${ticket.status} at ${when}`
  const reason = ticket.end_reason ? ` (${ticket.end_reason})` : ""
  throw new MedusaError(MedusaError.Types.CONFLICT, `Ticket ${ticket.id} is no longer held: ${why}${reason}.`)
}

/** The reason kept on the ticket names who released it: "admin ines@example.com: …". */
export async function adminReason(scope: MedusaContainer, auth: AuthContext, reason: string) {
  const email =
    auth.actor_type === "user"
      ? await scope
          .resolve(Modules.USER)
          .retrieveUser(auth.actor_id)
          .then((user) => user.email)
          .catch(() => null)
      : null
  return `admin ${email ?? auth.actor_id}: ${reason}`
}
