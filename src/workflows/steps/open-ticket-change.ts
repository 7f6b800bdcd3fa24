import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notEnoughError } from "../../modules/ticketing/stock"
import type { TicketNeed } from "../utils/cart-lines"
import { releaseLocks } from "./acquire-locks"
import { cartTicketsOnItems, freeUnitsByItem } from "./cart-tickets-on-items"
import { endHeldTickets } from "./end-tickets"
import { LiftedTicket, liftTickets, restoreLifted } from "./lift-cart-tickets"
import { lockTickets, ticketLockKeys } from "./ticket-locks"
import type { HeldTicket } from "./ticket-undo"

/** The lines a change is about: those of these variants (an add) or these lines. */
export type ChangedLines = { variant_ids?: string[]; line_item_ids?: string[] }

export const isChanged = (changed: ChangedLines, ticket: { variant_id: string; line_item_id: string }) =>
  !!changed.variant_ids?.includes(ticket.variant_id) || !!changed.line_item_ids?.includes(ticket.line_item_id)

export type OpenTicketChangeInput = {
  cart_id: string
  /** Units of each item the changed lines will need in all once the change is made. */
  targets: TicketNeed[]
  changed: ChangedLines
  location_ids: string[]
  now: Date | string
}

export type OpenedTicketChange = { keys: string[]; locked: boolean; lifted: LiftedTicket[] }

/**
 * Readies the items a cart change touches before Medusa's own workflow checks their stock.
 * When the free units already cover what the changed lines will need in all, core's check
 * passes whatever the cart holds: nothing more is read or locked here, and the hold after
 * the change settles run-out tickets and resizes this cart's under the lock. Otherwise
 * core, which counts every reservation, must see exactly the units the shopper may have:
 * when the cart holds tickets on the items (or run-out tickets still hold reservations)
 * the items are locked, run-out tickets are released and this cart's are lifted. Either
 * way a change that cannot be had is refused here with a 409.
 */
export const openTicketChangeStep = createStep(
  "open-ticket-change",
  async (input: OpenTicketChangeInput, { container }) => {
    const itemIds = input.targets.map((target) => target.inventory_item_id)
    const opened: OpenedTicketChange = { keys: ticketLockKeys(itemIds), locked: false, lifted: [] }
    if (!itemIds.length) {
      return new StepResponse(opened, opened)
    }
    const settle = { cart_id: input.cart_id, inventory_item_ids: itemIds, now: new Date(input.now) }
    const freeFirst = await freeUnitsByItem(container, itemIds, input.location_ids)
    if (input.targets.every((target) => target.quantity <= freeFirst(target.inventory_item_id))) {
      return new StepResponse(opened, opened)
    }
    const first = await cartTicketsOnItems(container, settle)
    if (!first.mine.length && !first.runOut.length) {
      refuseShort(input, freeFirst, [])
      return new StepResponse(opened, opened)
    }

    await lockTickets(container, itemIds)
    opened.locked = true
    try {
      // Read again under the lock: another cart may have moved them meanwhile.
      const { mine, runOut } = await cartTicketsOnItems(container, settle)
      await endHeldTickets(container, runOut, { status: "expired", reason: "hold ran out", now: settle.now })
      refuseShort(input, await freeUnitsByItem(container, itemIds, input.location_ids), mine)
      opened.lifted = await liftTickets(container, mine)
    } catch (error) {
      await releaseLocks(container, opened.keys)
      throw error
    }
    return new StepResponse(opened, opened)
  },
  async (opened, { container }) => {
    if (!opened) {
      return
    }
    await restoreLifted(container, opened.lifted)
    if (opened.locked) {
      await releaseLocks(container, opened.keys)
    }
  }
)

/** A 409 naming the free count when a target is more than the free units and the changed lines' own. */
function refuseShort(input: OpenTicketChangeInput, free: (inventoryItemId: string) => number, mine: HeldTicket[]) {
  for (const target of input.targets) {
    const held = mine
      .filter(
        (ticket) =>
          ticket.inventory_item_id === target.inventory_item_id && ticket.reservation_id && isChanged(input.changed, ticket)
      )
      .reduce((units, ticket) => units + ticket.quantity, 0)
    const available = free(target.inventory_item_id) + held
    if (target.quantity > available) {
      throw notEnoughError(available)
    }
  }
}
