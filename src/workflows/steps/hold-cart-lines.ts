import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { TICKETING_MODULE } from "../../modules/ticketing"
import { isLive, notEnoughError } from "../../modules/ticketing/stock"
import type TicketingModuleService from "../../modules/ticketing/service"
import type { LineHold, TicketNeed } from "../utils/cart-lines"
import { endHeldTickets } from "./end-tickets"
import { withReservationLocks } from "./ticket-locks"
import { emptyUndo, HeldTicket, TicketUndo, undoTicketChanges } from "./ticket-undo"

/** The lines a change is about: those of these variants (an add) or these lines. */
export type ChangedLines = { variant_ids?: string[]; line_item_ids?: string[] }

export const isChanged = (changed: ChangedLines, line: { variant_id: string; line_item_id: string }) =>
  !!changed.variant_ids?.includes(line.variant_id) || !!changed.line_item_ids?.includes(line.line_item_id)

/**
 * At checkout a hold keeps its end, but is made to last at least this long (minutes): a
 * hold with seconds left must not run out while the store orders are being written.
 */
const CHECKOUT_GRACE_MINUTES = 2

export type HoldCartLinesInput = {
  cart_id: string
  /** The cart's lines on the items; only changed lines and lines already held are held. */
  lines: LineHold[]
  changed: ChangedLines
  location_ids: string[]
  /** A clock of the caller's (tests); otherwise each hold starts when it is taken. */
  now?: Date | string | null
  /**
   * This cart's held tickets on these items whose line is gone, or no longer needs the
   * item, are released ("removed from cart").
   */
  release_others_on?: string[]
  /** Checkout: confirm the holds without restarting them. */
  keep_unchanged?: boolean
}

/** Makes a cart's tickets cover exactly what its lines need (see `holdLines`). */
export const holdCartLinesStep = createStep(
  "hold-cart-lines",
  async (input: HoldCartLinesInput, { container }) => {
    const undo = await holdLines(container, input)
    return new StepResponse(undo, undo)
  },
  async (undo, { container }) => {
    if (undo) {
      await undoTicketChanges(container, undo)
    }
  }
)

const itemIdsOfLines = (lines: LineHold[]) => lines.flatMap((line) => line.needs.map((need) => need.inventory_item_id))

/**
 * Takes new tickets for changed lines (a line whose hold ran out stays unheld until it
 * changes), grows or shrinks held ones (at the location they already hold), and restarts
 * the hold of every line it touches. Each is one short transaction that PostgreSQL
 * settles against every other shopper's. Refuses with a 409 naming the count the line may
 * have when the units are not free, having put back whatever it did. Returns how to undo
 * what it did.
 */
export async function holdLines(container: MedusaContainer, input: HoldCartLinesInput) {
  const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
  const itemIds = [...new Set([...itemIdsOfLines(input.lines), ...(input.release_others_on ?? [])])]
  const now = input.now ? new Date(input.now) : new Date()
  // A hold that ran out holds nothing, swept or not: its line is held again only if it changed.
  const held = itemIds.length
    ? (await ticketing.listTickets({ cart_id: input.cart_id, inventory_item_id: itemIds, status: "held" })).filter((ticket) =>
        isLive(ticket, now)
      )
    : []
  const undo = emptyUndo()
  try {
    for (const line of input.lines) {
      for (const need of line.needs) {
        await holdNeed(container, input, line, need, held, undo)
      }
    }
    await releaseOthers(container, input, held, undo)
  } catch (error) {
    await undoTicketChanges(container, undo)
    throw error
  }
  return undo
}

async function holdNeed(
  container: MedusaContainer,
  input: HoldCartLinesInput,
  line: LineHold,
  need: TicketNeed,
  held: HeldTicket[],
  undo: TicketUndo
) {
  const current = held.find(
    (ticket) => ticket.line_item_id === line.line_item_id && ticket.inventory_item_id === need.inventory_item_id
  )
  if (!current && !isChanged(input.changed, line)) {
    return
  }
  const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
  const request = {
    cart_id: input.cart_id,
    line_item_id: line.line_item_id,
    variant_id: line.variant_id,
    inventory_item_id: need.inventory_item_id,
    location_ids: input.location_ids,
    now: input.now ? new Date(input.now) : null,
    ...(input.keep_unchanged ? { keep_expiry_minutes: CHECKOUT_GRACE_MINUTES } : {}),
  }
  const result = await withReservationLocks(container, [need.inventory_item_id], () =>
    ticketing.holdLine({ ...request, quantity: need.quantity, hold_minutes: line.hold_minutes })
  )
  if (!result.held) {
    throw notEnoughError(result.available)
  }
  if (result.before) {
    undo.resized.push({ before: result.before, request })
  } else if (result.ticket) {
    undo.created.push({ ticket_id: result.ticket.ticket_id, inventory_item_id: need.inventory_item_id })
  }
}

async function releaseOthers(container: MedusaContainer, input: HoldCartLinesInput, held: HeldTicket[], undo: TicketUndo) {
  const releaseOn = input.release_others_on ?? []
  const wanted = new Set(
    input.lines.flatMap((line) => line.needs.map((need) => `${line.line_item_id}/${need.inventory_item_id}`))
  )
  const gone = held.filter(
    (ticket) => releaseOn.includes(ticket.inventory_item_id) && !wanted.has(`${ticket.line_item_id}/${ticket.inventory_item_id}`)
  )
  const now = input.now ? new Date(input.now) : null
  undo.ended.push(...(await endHeldTickets(container, gone, { status: "released", reason: "removed from cart", now })))
}
