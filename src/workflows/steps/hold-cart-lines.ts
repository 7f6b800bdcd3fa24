import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { generateEntityId, MedusaError, Modules } from "@medusajs/framework/utils"
import { TICKETING_MODULE } from "../../modules/ticketing"
import { freeUnits, notEnoughError } from "../../modules/ticketing/stock"
import type TicketingModuleService from "../../modules/ticketing/service"
import type { LineHold, TicketNeed } from "../utils/cart-lines"
import { ChangedLines, isChanged } from "./open-ticket-change"
import { endHeldTickets } from "./end-tickets"
import { withReservationLocks } from "./ticket-locks"
import { HeldTicket, recreateReservation, TicketUndo, undoTicketChanges } from "./ticket-undo"

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
 * Makes a cart's tickets cover exactly what its lines need (see `holdLines`). Run under
 * the items' ticket locks, after run-out tickets were released.
 */
export const holdCartLinesStep = createStep(
  "hold-cart-lines",
  async (input: HoldCartLinesInput, { container }) => {
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const itemIds = [...new Set([...itemIdsOfLines(input.lines), ...(input.release_others_on ?? [])])]
    const held = itemIds.length
      ? await ticketing.listTickets({ cart_id: input.cart_id, inventory_item_id: itemIds, status: "held" })
      : []
    const undo = await holdLines(container, input, held)
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
 * changes), grows or shrinks held ones (at the location they already hold), re-backs
 * lifted ones, and restarts the hold of every line it touches; `held` are the cart's held
 * tickets on the items. Refuses with a 409 naming the free count when the units are not
 * there, having put back whatever it did. Returns how to undo what it did.
 */
export async function holdLines(container: MedusaContainer, input: HoldCartLinesInput, held: HeldTicket[]) {
  const undo: TicketUndo = { created: [], changed: [], ended: [] }
  try {
    await withReservationLocks(container, [...itemIdsOfLines(input.lines), ...(input.release_others_on ?? [])], async () => {
      for (const line of input.lines) {
        await holdLine(container, input, line, held, undo)
      }
      await releaseOthers(container, input, held, undo)
    })
  } catch (error) {
    await undoTicketChanges(container, undo)
    throw error
  }
  return undo
}

async function holdLine(
  container: MedusaContainer,
  input: HoldCartLinesInput,
  line: LineHold,
  held: HeldTicket[],
  undo: TicketUndo
) {
  for (const need of line.needs) {
    const current = held.find(
      (ticket) => ticket.line_item_id === line.line_item_id && ticket.inventory_item_id === need.inventory_item_id
    )
    // A lifted ticket (no reservation) holds nothing right now: its units count as free.
    if (!current && !isChanged(input.changed, line)) {
      continue
    }
    const backed = current?.reservation_id ? current.quantity : 0
    if (input.keep_unchanged && current && backed === need.quantity) {
      continue
    }
    const location = await chooseLocation(container, need, current ? [current.location_id] : input.location_ids, backed)
    const write = current ? growOrReback : takeNew
    await orNotEnough(container, { ...need, location_id: location, backed }, () =>
      write(container, { input, line, need, location, current: current!, undo })
    )
  }
}

type HoldWrite = {
  input: HoldCartLinesInput
  line: LineHold
  need: TicketNeed
  location: string
  current: HeldTicket
  undo: TicketUndo
}

async function growOrReback(container: MedusaContainer, { input, line, need, current, undo }: HoldWrite) {
  const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
  const inventory = container.resolve(Modules.INVENTORY)
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
  await ticketing.resizeHeldTicket({
    id: current.id,
    quantity: need.quantity,
    reservation_id: current.reservation_id ?? createdReservationId,
    expires_at: ticketing.holdUntil(input.now, line.hold_minutes, current.created_at),
  })
}

/**
 * A new ticket and its reservation, written at once: the reservation's id is chosen here,
 * and the ticket is one INSERT. If either write fails the other is taken back.
 */
async function takeNew(container: MedusaContainer, { input, line, need, location, undo }: HoldWrite) {
  const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
  const reservationId = generateEntityId(undefined, "resitem")
  const [reservation, ticket] = await Promise.allSettled([
    recreateReservation(
      container,
      {
        inventory_item_id: need.inventory_item_id,
        location_id: location,
        quantity: need.quantity,
        line_item_id: line.line_item_id,
      },
      reservationId
    ),
    ticketing.insertHeldTicket({
      cart_id: input.cart_id,
      line_item_id: line.line_item_id,
      variant_id: line.variant_id,
      inventory_item_id: need.inventory_item_id,
      location_id: location,
      quantity: need.quantity,
      reservation_id: reservationId,
      expires_at: ticketing.holdUntil(input.now, line.hold_minutes),
    }),
  ])
  if (reservation.status === "fulfilled" && ticket.status === "fulfilled") {
    undo.created.push({ ticket_id: ticket.value.id, reservation_id: reservationId })
    return
  }
  if (reservation.status === "fulfilled") {
    await container.resolve(Modules.INVENTORY).deleteReservationItems([reservationId])
  }
  if (ticket.status === "fulfilled") {
    await ticketing.deleteTickets([ticket.value.id])
  }
  throw reservation.status === "rejected" ? reservation.reason : (ticket as PromiseRejectedResult).reason
}

const levelsOf = (container: MedusaContainer, inventoryItemId: string, locationIds: string[]) =>
  container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: locationIds })

/**
 * The location to hold at: the one with the most free units. With one candidate there is
 * nothing to choose and no read: Medusa's reservation write checks the level itself.
 */
async function chooseLocation(container: MedusaContainer, need: TicketNeed, candidates: string[], backed: number) {
  if (candidates.length <= 1) {
    if (!candidates[0]) {
      throw notEnoughError(backed)
    }
    return candidates[0]
  }
  const levels = await levelsOf(container, need.inventory_item_id, candidates)
  const freeAt = (locationId: string) => {
    const level = levels.find((l) => l.location_id === locationId)
    return level ? freeUnits(level) : 0
  }
  const location = [...candidates].sort((a, b) => freeAt(b) - freeAt(a))[0]
  if (need.quantity - backed > freeAt(location)) {
    throw notEnoughError(freeAt(location) + backed)
  }
  return location
}

/** Medusa's refusal of a reservation beyond the free units, as the plugin's 409 with the count. */
async function orNotEnough(
  container: MedusaContainer,
  at: { inventory_item_id: string; location_id: string; backed: number },
  write: () => Promise<void>
) {
  try {
    await write()
  } catch (error) {
    if ((error as MedusaError)?.type !== MedusaError.Types.NOT_ALLOWED) {
      throw error
    }
    const [level] = await levelsOf(container, at.inventory_item_id, [at.location_id])
    throw notEnoughError((level ? freeUnits(level) : 0) + at.backed)
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
  undo.ended.push(
    ...(await endHeldTickets(container, gone, { status: "released", reason: "removed from cart", now: new Date(input.now) }))
  )
}
