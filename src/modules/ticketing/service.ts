import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { availableForChange, ChangeAvailabilityRequest } from "./free-units"
import * as ledger from "./ledger"
import type { HeldLine, LineHoldRequest } from "./ledger"
import Ticket from "./models/ticket"

/** The ledger's statements run in the method's own transaction. */
const executor =
  (sharedContext: Context): ledger.Execute =>
  (sql, params) =>
    (sharedContext.transactionManager as SqlEntityManager).execute(sql, params ?? [])

/** A read outside any transaction. */
const reader =
  (sharedContext: Context): ledger.Execute =>
  (sql, params) =>
    (sharedContext.manager as SqlEntityManager).execute(sql, params ?? [])

export type TicketingOptions = {
  /** How long a ticket holds its units (minutes); a federated store may set its own. */
  holdMinutes?: number
  /** How long a shopper may keep units by extending, counted from when the hold was taken (minutes). */
  maxHoldMinutes?: number
}

export const DEFAULT_TICKETING_OPTIONS: Required<TicketingOptions> = {
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

  /** Makes one line's ticket on one item hold exactly what it needs (see `holdLine`). */
  @InjectTransactionManager()
  async holdLine(
    request: Omit<LineHoldRequest, "hold_minutes" | "max_hold_minutes"> & { hold_minutes?: number | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return ledger.holdLine(executor(sharedContext), {
      ...request,
      hold_minutes: request.hold_minutes ?? this.options.holdMinutes,
      max_hold_minutes: this.options.maxHoldMinutes,
    })
  }

  /** Puts a resized ticket back as it was before this request (see `restoreHold`). */
  @InjectTransactionManager()
  async restoreHold(
    before: HeldLine,
    request: Omit<LineHoldRequest, "quantity" | "hold_minutes" | "max_hold_minutes">,
    @MedusaContext() sharedContext: Context = {}
  ) {
    await ledger.restoreHold(executor(sharedContext), before, {
      ...request,
      hold_minutes: this.options.holdMinutes,
      max_hold_minutes: this.options.maxHoldMinutes,
    })
  }

  /** Takes back tickets this request created, as if they had never been taken. */
  @InjectTransactionManager()
  async dropTickets(ticketIds: string[], @MedusaContext() sharedContext: Context = {}) {
    for (const id of ticketIds) {
      await ledger.dropTicket(executor(sharedContext), id)
    }
  }

  /** Ends these held tickets and frees their units. */
  @InjectTransactionManager()
  async endHeldTickets(
    ticketIds: string[],
    end: { status: "released" | "expired"; reason: string; now?: Date | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return ledger.endTickets(executor(sharedContext), ticketIds, { ...end, now: end.now ?? null })
  }

  /** Ends every hold that ran out by `now` (on these items, when named) and frees its units. */
  @InjectTransactionManager()
  async endRunOutTickets(now?: Date | null, inventoryItemIds?: string[], @MedusaContext() sharedContext: Context = {}) {
    return ledger.endRunOutTickets(executor(sharedContext), now ?? null, inventoryItemIds)
  }

  /** Holds ended tickets again where their units are still free (undoing a release); returns those held. */
  @InjectTransactionManager()
  async reopenTickets(ended: ledger.EndedTicket[], @MedusaContext() sharedContext: Context = {}) {
    const reopened: string[] = []
    for (const ticket of ended) {
      if (await ledger.reopenTicket(executor(sharedContext), ticket)) {
        reopened.push(ticket.id)
      }
    }
    return reopened
  }

  /** What each item can give a cart's changed lines, in one read (see `availableForChange`). */
  @InjectManager()
  async availableForChange(request: ChangeAvailabilityRequest, @MedusaContext() sharedContext: Context = {}) {
    return availableForChange(reader(sharedContext), request)
  }

  /** Hands held tickets' reservations to order lines (see `purchaseTickets`). */
  @InjectTransactionManager()
  async purchaseTickets(
    handover: { ticket_id: string; order_item_id: string; order_id: string }[],
    now?: Date | null,
    @MedusaContext() sharedContext: Context = {}
  ) {
    return ledger.purchaseTickets(executor(sharedContext), handover, now ?? null)
  }

  @InjectTransactionManager()
  async unpurchaseTickets(
    handed: { ticket_id: string; reservation_id: string; cart_line_id: string }[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    await ledger.unpurchaseTickets(executor(sharedContext), handed)
  }
}

export default TicketingModuleService
