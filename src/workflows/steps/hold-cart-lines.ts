import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { TICKETING_MODULE } from "../../modules/ticketing"
import { freeUnits, notEnoughMessage } from "../../modules/ticketing/stock"
import type TicketingModuleService from "../../modules/ticketing/service"
import type { LineHold } from "../utils/cart-lines"
import { ChangedLines, isChanged } from "./open-ticket-change"
import { endHeldTickets } from "./end-tickets"
import { withReservationLocks } from "./ticket-locks"
import { recreateReservation, TicketUndo, undoTicketChanges } from "./ticket-undo"

export type HoldCartLinesInput = {
  cart_id: string
  /** The cart's lines on the locked items; only changed lines and lines already held are held. */
  lines: LineHold[]
  changed: ChangedLines
  location_ids: string[]
  now: Date | string
  /**
   * This cart's held tickets on these items whose line is gone, or no longer needs the
   * item, are released ("removed from cart").
   */
  release_others_on?: string[]
  /** Leave a fully held line's hold time alone (checkout only confirms the holds). */
  keep_unchanged?: boolean
}

/**
 * Makes a cart's tickets cover exactly what its lines need: takes new ones for changed
 * lines (a line whose hold ran out stays unheld until it changes), grows or shrinks held ones (at the location they already hold), re-backs lifted ones, and
 * restarts the hold of every line it touches. Refuses with a 409 naming the free count
 * when the units are not there. Run under the items' ticket locks, after run-out tickets
 * were released, so `reserved_quantity` counts only live holds.
 */
export const holdCartLinesStep = createStep(
  "hold-cart-lines",
  async (input: HoldCartLinesInput, { container }) => {
    const undo: TicketUndo = { created: [], changed: [], ended: [] }
    const itemIds = [...new Set(input.lines.flatMap((line) => line.needs.map((need) => need.inventory_item_id)))]
    try {
      await withReservationLocks(container, [...itemIds, ...(input.release_others_on ?? [])], async () => {
        for (const line of input.lines) {
          await holdLine(container, input, line, undo)
        }
        await releaseOthers(container, input, undo)
      })
    } catch (error) {
      await undoTicketChanges(container, undo)
      throw error
    }
    return new StepResponse(undo, undo)
  },
  async (undo, { container }) => {
    if (undo) {
      await undoTicketChanges(container, undo)
    }
  }
)

async function holdLine(container: MedusaContainer, input: HoldCartLinesInput, line: LineHold, undo: TicketUndo) {
  const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
  const inventory = container.resolve(Modules.INVENTORY)

  for (const need of line.needs) {
    const [current] = await ticketing.listTickets({
      line_item_id: line.line_item_id,
      inventory_item_id: need.inventory_item_id,
      status: "held",
    })
    // A lifted ticket (no reservation) holds nothing right now: its units count as free.
    if (!current && !isChanged(input.changed, line)) {
      continue
    }
    const backed = current?.reservation_id ? current.quantity : 0
    if (input.keep_unchanged && current && backed === need.quantity) {
      continue
    }
    const candidates = current ? [current.location_id] : input.location_ids
    const levels = await inventory.listInventoryLevels({
      inventory_item_id: need.inventory_item_id,
      location_id: candidates,
    })
    const freeAt = (locationId: string) => {
      const level = levels.find((l) => l.location_id === locationId)
      return level
        ? freeUnits({ stocked_quantity: Number(level.stocked_quantity), reserved_quantity: Number(level.reserved_quantity) }, 0)
        : 0
    }
    const location = [...candidates].sort((a, b) => freeAt(b) - freeAt(a))[0]
    const free = location ? freeAt(location) : 0
    if (need.quantity - backed > free) {
      throw new MedusaError(MedusaError.Types.CONFLICT, notEnoughMessage(free + backed))
    }

    if (current) {
      const reservationBefore = current.reservation_id
        ? Number((await inventory.retrieveReservationItem(current.reservation_id)).quantity)
        : null
      let createdReservationId: string | null = null
      if (current.reservation_id) {
        await inventory.updateReservationItems({ id: current.reservation_id, quantity: need.quantity })
      } else {
        createdReservationId = (await recreateReservation(container, { ...current, quantity: need.quantity })).id
      }
      undo.changed.push({
        id: current.id,
        before: { quantity: current.quantity, expires_at: current.expires_at, reservation_id: current.reservation_id },
        reservation_quantity_before: reservationBefore,
        created_reservation_id: createdReservationId,
      })
      await ticketing.updateTickets({
        id: current.id,
        quantity: need.quantity,
        reservation_id: current.reservation_id ?? createdReservationId,
        expires_at: ticketing.holdUntil(input.now, line.hold_minutes, current.created_at),
      })
      continue
    }

    const reservation = await recreateReservation(container, {
      inventory_item_id: need.inventory_item_id,
      location_id: location!,
      quantity: need.quantity,
      line_item_id: line.line_item_id,
    })
    const ticket = await ticketing.createTickets({
      cart_id: input.cart_id,
      line_item_id: line.line_item_id,
      variant_id: line.variant_id,
      inventory_item_id: need.inventory_item_id,
      location_id: location!,
      quantity: need.quantity,
      reservation_id: reservation.id,
      expires_at: ticketing.holdUntil(input.now, line.hold_minutes),
    })
    undo.created.push({ ticket_id: ticket.id, reservation_id: reservation.id })
  }
}

async function releaseOthers(container: MedusaContainer, input: HoldCartLinesInput, undo: TicketUndo) {
  if (!input.release_others_on?.length) {
    return
  }
  const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
  const held = await ticketing.listTickets({
    cart_id: input.cart_id,
    inventory_item_id: input.release_others_on,
    status: "held",
  })
  const wanted = new Set(
    input.lines.flatMap((line) => line.needs.map((need) => `${line.line_item_id}/${need.inventory_item_id}`))
  )
  const gone = held.filter((ticket) => !wanted.has(`${ticket.line_item_id}/${ticket.inventory_item_id}`))
  undo.ended.push(
    ...(await endHeldTickets(container, gone, { status: "released", reason: "removed from cart", now: new Date(input.now) }))
  )
}
