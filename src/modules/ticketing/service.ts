import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import Ticket from "./models/ticket"

/** A new held ticket's fields (see `insertHeldTicket`). */
export type NewHeldTicket = {
  cart_id: string
  line_item_id: string
  variant_id: string
  inventory_item_id: string
  location_id: string
  quantity: number
  reservation_id: string
  expires_at: Date
}

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

  constructor(container: Record<string, unknown>, options: TicketingOptions = {}, ...moduleArgs: unknown[]) {
    super(container, options, ...moduleArgs)
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

  /**
   * Writes one new held ticket in a single statement: the hot path of every add-to-cart,
   * where the generated `createTickets` spends three round trips (BEGIN, INSERT, COMMIT)
   * on the one row. Returns the row as `createTickets` would.
   */
  @InjectManager()
  async insertHeldTicket(ticket: NewHeldTicket, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as SqlEntityManager
    const [row]: { id: string; created_at: Date }[] = await manager.execute(
      `INSERT INTO ticket (id, cart_id, line_item_id, variant_id, inventory_item_id, location_id, quantity,
                           reservation_id, status, expires_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'held', ?)
       RETURNING id, created_at`,
      [
        generateEntityId(undefined, "tkt"),
        ticket.cart_id,
        ticket.line_item_id,
        ticket.variant_id,
        ticket.inventory_item_id,
        ticket.location_id,
        ticket.quantity,
        ticket.reservation_id,
        ticket.expires_at,
      ]
    )
    return { ...ticket, id: row.id, created_at: row.created_at, status: "held" as const }
  }

  /** Resizes a held ticket (and re-points its reservation and expiry) in a single statement. */
  @InjectManager()
  async resizeHeldTicket(
    change: { id: string; quantity: number; reservation_id: string | null; expires_at: Date },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.manager as SqlEntityManager
    await manager.execute(
      `UPDATE ticket SET quantity = ?, reservation_id = ?, expires_at = ?, updated_at = now()
        WHERE id = ? AND deleted_at IS NULL`,
      [change.quantity, change.reservation_id, change.expires_at, change.id]
    )
  }
}

export default TicketingModuleService
