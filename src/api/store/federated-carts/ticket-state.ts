import { isLive } from "../../../modules/ticketing/stock"

export type LineTicket = {
  /** held: its units are the shopper's until `expires_at`; expired: the hold ran out or was released, the line can be held again; none: nothing to hold. */
  status: "held" | "expired" | "none"
  expires_at: string | null
  quantity: number
}

type TicketRow = {
  line_item_id: string
  status: string
  quantity: number
  expires_at: Date | string
  created_at: Date | string
}

const iso = (ms: number) => new Date(ms).toISOString()

/** What a shopper sees of each line's hold, and of the cart's holds as a whole. */
export function ticketStates(tickets: TicketRow[], now: Date, maxHoldMinutes: number) {
  const byLine = new Map<string, TicketRow[]>()
  for (const ticket of tickets) {
    byLine.set(ticket.line_item_id, [...(byLine.get(ticket.line_item_id) ?? []), ticket])
  }
  const live = tickets.filter((ticket) => isLive(ticket, now))

  const lineTicket = (lineId: string): LineTicket => {
    const rows = byLine.get(lineId) ?? []
    const held = rows.filter((ticket) => isLive(ticket, now))
    if (held.length) {
      return {
        status: "held",
        expires_at: iso(Math.min(...held.map((ticket) => new Date(ticket.expires_at).getTime()))),
        quantity: Math.min(...held.map((ticket) => ticket.quantity)),
      }
    }
    return { status: rows.some((ticket) => ticket.status !== "purchased") ? "expired" : "none", expires_at: null, quantity: 0 }
  }

  const holds = {
    expires_at: live.length ? iso(Math.min(...live.map((ticket) => new Date(ticket.expires_at).getTime()))) : null,
    extendable_until: live.length
      ? iso(Math.min(...live.map((ticket) => new Date(ticket.created_at).getTime() + maxHoldMinutes * 60_000)))
      : null,
  }
  return { lineTicket, holds }
}
