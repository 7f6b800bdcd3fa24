import type { TicketHolding } from "../ticket-rows"

type LiveTicket = { variant_id: string; quantity: number; expires_at: Date | string }

function groupBy<T>(items: T[], key: (item: T) => string) {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  }
  return [...groups.values()]
}

const tally = (tickets: LiveTicket[]) => ({
  ticket_count: tickets.length,
  held_quantity: tickets.reduce((sum, ticket) => sum + ticket.quantity, 0),
  next_expires_at: new Date(Math.min(...tickets.map((ticket) => new Date(ticket.expires_at).getTime()))).toISOString(),
})

const mostHeldFirst = (a: { held_quantity: number }, b: { held_quantity: number }) => b.held_quantity - a.held_quantity

/**
 * Live holds counted per federated store and, within it, per product: where a drop is
 * hot and which hold runs out next. Busiest first.
 */
export function summarizeHolds(tickets: LiveTicket[], holdings: Map<string, TicketHolding>) {
  const holding = (ticket: LiveTicket) => holdings.get(ticket.variant_id)
  const stores = groupBy(tickets, (ticket) => holding(ticket)?.federated_store?.id ?? "").map((storeTickets) => ({
    federated_store: holding(storeTickets[0])?.federated_store ?? null,
    ...tally(storeTickets),
    products: groupBy(storeTickets, (ticket) => holding(ticket)?.product?.id ?? `variant:${ticket.variant_id}`)
      .map((productTickets) => ({ product: holding(productTickets[0])?.product ?? null, ...tally(productTickets) }))
      .sort(mostHeldFirst),
  }))
  return {
    stores: stores.sort(mostHeldFirst),
    ticket_count: tickets.length,
    held_quantity: tickets.reduce((sum, ticket) => sum + ticket.quantity, 0),
  }
}
