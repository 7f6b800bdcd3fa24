import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { TICKETING_MODULE } from "../../modules/ticketing"
import type TicketingModuleService from "../../modules/ticketing/service"
import { notEnoughMessage } from "../../modules/ticketing/stock"
import type { TicketNeed } from "../utils/cart-lines"
import { freeUnitsAt } from "../utils/availability"
import { releaseLocks } from "./acquire-locks"
import { endHeldTickets } from "./end-tickets"
import { lockTickets, ticketLockKeys } from "./ticket-locks"

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

export type OpenedTicketChange = { keys: string[]; locked: boolean }

/**
 * Readies the items a cart change touches before Medusa's own workflow checks their stock.
 * Core counts every reservation, so when the cart already holds tickets on the items (or
 * run-out tickets still hold reservations) the items are locked, run-out tickets are
 * released and this cart's are lifted, so core sees exactly the units the shopper may
 * have. Otherwise nothing is locked yet: the common first add takes the lock only for the
 * hold itself. Either way a change that cannot be had is refused here with a 409.
 */
export const openTicketChangeStep = createStep(
  "open-ticket-change",
  async (input: OpenTicketChangeInput, { container }) => {
    const itemIds = input.targets.map((target) => target.inventory_item_id)
    const keys = ticketLockKeys(itemIds)
    if (!itemIds.length) {
      return new StepResponse<OpenedTicketChange, OpenedTicketChange>({ keys, locked: false })
    }
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const now = new Date(input.now)
    const [mine, runOut] = await Promise.all([
      ticketing.listTickets({ cart_id: input.cart_id, inventory_item_id: itemIds, status: "held" }, { select: ["id"] }),
      ticketing.listTickets({ inventory_item_id: itemIds, status: "held", expires_at: { $lte: now } }, { select: ["id"] }),
    ])
    const locked = mine.length > 0 || runOut.length > 0
    if (locked) {
      await lockTickets(container, itemIds)
    }
    try {
      if (locked) {
        const expired = await ticketing.listTickets({ inventory_item_id: itemIds, status: "held", expires_at: { $lte: now } })
        await endHeldTickets(container, expired, { status: "expired", reason: "hold ran out", now })
      }
      for (const target of input.targets) {
        const free = await freeUnitsAt(container, { ...target, location_ids: input.location_ids, now })
        const held = locked ? await heldBy(ticketing, input, target.inventory_item_id) : 0
        if (target.quantity > free + held) {
          throw new MedusaError(MedusaError.Types.CONFLICT, notEnoughMessage(free + held))
        }
      }
    } catch (error) {
      if (locked) {
        await releaseLocks(container, keys)
      }
      throw error
    }
    return new StepResponse<OpenedTicketChange, OpenedTicketChange>({ keys, locked }, { keys, locked })
  },
  async (opened, { container }) => {
    if (opened?.locked) {
      await releaseLocks(container, opened.keys)
    }
  }
)

/** Units of the item the changed lines hold now (they count as theirs to keep). */
async function heldBy(ticketing: TicketingModuleService, input: OpenTicketChangeInput, inventoryItemId: string) {
  const tickets = await ticketing.listTickets({ cart_id: input.cart_id, inventory_item_id: inventoryItemId, status: "held" })
  return tickets
    .filter((ticket) => ticket.reservation_id && isChanged(input.changed, ticket))
    .reduce((units, ticket) => units + ticket.quantity, 0)
}
