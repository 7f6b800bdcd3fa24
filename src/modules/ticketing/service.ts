import { MedusaService } from "@medusajs/framework/utils"
import Ticket from "./models/ticket"

export type TicketingOptions = {
  /** How long a ticket holds its units (minutes). */
  holdMinutes?: number
  /** How far an active shopper may extend a hold, counted from when it was taken (minutes). */
  maxHoldMinutes?: number
}

export const DEFAULT_TICKETING_OPTIONS: Required<TicketingOptions> = { holdMinutes: 15, maxHoldMinutes: 60 }

class TicketingModuleService extends MedusaService({ Ticket }) {
  readonly options: Required<TicketingOptions>

  constructor(container: Record<string, unknown>, options: TicketingOptions = {}) {
    super(...arguments)
    this.options = { ...DEFAULT_TICKETING_OPTIONS, ...options }
  }

  holdUntil(now: Date | string, holdMinutes = this.options.holdMinutes): Date {
    return new Date(new Date(now).getTime() + holdMinutes * 60_000)
  }
}

export default TicketingModuleService
