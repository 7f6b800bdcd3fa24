import { MedusaService } from "@medusajs/framework/utils"
import Ticket from "./models/ticket"

export type TicketingOptions = {
  /** Whether adding to a cart takes tickets at all (off: plain Medusa behaviour, for comparison). */
  enabled?: boolean
  /** How long a ticket holds its units (minutes); a federated store may set its own. */
  holdMinutes?: number
  /** How long a shopper may keep units by extending, counted from when the hold was taken (minutes). */
  maxHoldMinutes?: number
}

export const DEFAULT_TICKETING_OPTIONS: Required<TicketingOptions> = {
  enabled: true,
  holdMinutes: 15,
  maxHoldMinutes: 60,
}

class TicketingModuleService extends MedusaService({ Ticket }) {
  readonly options: Required<TicketingOptions>

  constructor(container: Record<string, unknown>, options: TicketingOptions = {}) {
    super(...arguments)
    this.options = { ...DEFAULT_TICKETING_OPTIONS, ...options }
  }

  /**
   * When a hold taken or renewed at `now` runs out: `holdMinutes` later, but never past
   * the maximum counted from when the shopper first held the units (`heldSince`).
   */
  holdUntil(now: Date | string, holdMinutes?: number | null, heldSince?: Date | string | null): Date {
    const until = new Date(now).getTime() + (holdMinutes ?? this.options.holdMinutes) * 60_000
    const cap = new Date(heldSince ?? now).getTime() + this.options.maxHoldMinutes * 60_000
    return new Date(Math.min(until, cap))
  }
}

export default TicketingModuleService
