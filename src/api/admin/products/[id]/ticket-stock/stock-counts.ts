import { freeUnits, isLive } from "../../../../../modules/ticketing/stock"

type Level = { stocked_quantity: number; reserved_quantity: number }
type HeldTicket = { quantity: number; status: string; expires_at: Date | string }

export type StockCounts = {
  stocked_quantity: number
  /** Medusa's `reserved_quantity`: tickets not yet swept included. */
  reserved_quantity: number
  /** Units in live tickets. */
  held_quantity: number
  /** Units of tickets whose hold ran out: still reserved until the sweep, yet free already. */
  expired_quantity: number
  /** Reserved for anything but a ticket: orders, mostly. */
  other_reserved_quantity: number
  available_quantity: number
}

const units = (tickets: HeldTicket[]) => tickets.reduce((sum, ticket) => sum + ticket.quantity, 0)

/** How the units of one inventory level stand at `now`, given the held tickets on it. */
export function levelStockCounts(level: Level, heldTickets: HeldTicket[], now: Date): StockCounts {
  const held = units(heldTickets.filter((ticket) => isLive(ticket, now)))
  const runOut = units(heldTickets.filter((ticket) => !isLive(ticket, now)))
  return {
    stocked_quantity: level.stocked_quantity,
    reserved_quantity: level.reserved_quantity,
    held_quantity: held,
    expired_quantity: runOut,
    other_reserved_quantity: Math.max(0, level.reserved_quantity - held - runOut),
    available_quantity: freeUnits(level, runOut),
  }
}

const total = (levels: StockCounts[], key: keyof StockCounts) => levels.reduce((sum, level) => sum + level[key], 0)

/** An inventory item over all its locations. */
export const sumStockCounts = (levels: StockCounts[]): StockCounts => ({
  stocked_quantity: total(levels, "stocked_quantity"),
  reserved_quantity: total(levels, "reserved_quantity"),
  held_quantity: total(levels, "held_quantity"),
  expired_quantity: total(levels, "expired_quantity"),
  other_reserved_quantity: total(levels, "other_reserved_quantity"),
  available_quantity: total(levels, "available_quantity"),
})
