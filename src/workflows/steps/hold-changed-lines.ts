import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { linesOnItems, VariantUnits } from "../utils/cart-lines"
import { acquireLocks, releaseLocks } from "./acquire-locks"
import { cartTicketsOnItems } from "./cart-tickets-on-items"
import { endHeldTickets } from "./end-tickets"
import { holdLines } from "./hold-cart-lines"
import type { ChangedLines, OpenedTicketChange } from "./open-ticket-change"
import { TICKET_LOCK } from "./ticket-locks"
import { TicketUndo, undoTicketChanges } from "./ticket-undo"

export type HoldChangedLinesInput = {
  cart_id: string
  inventory_item_ids: string[]
  /** What one unit of each variant with a line on these items needs. */
  variant_units: VariantUnits
  changed: ChangedLines
  location_ids: string[]
  now: Date | string
  opened: OpenedTicketChange
}

/**
 * After Medusa changed a cart's lines: under the items' ticket locks (taken now if the
 * change did not need them before), releases run-out tickets on the items and makes the
 * cart's tickets cover exactly what its lines on them now need; then lets the items go.
 */
export const holdChangedLinesStep = createStep(
  "hold-changed-lines",
  async (input: HoldChangedLinesInput, { container }) => {
    const { keys, locked } = input.opened
    if (!input.inventory_item_ids.length) {
      return new StepResponse<TicketUndo, TicketUndo>({ created: [], changed: [], ended: [] })
    }
    if (!locked) {
      await acquireLocks(container, keys, TICKET_LOCK)
    }
    let undo: TicketUndo
    try {
      const now = new Date(input.now)
      const [items, { mine, runOut }] = await Promise.all([
        container.resolve(Modules.CART).listLineItems({ cart_id: input.cart_id }, { select: ["id", "variant_id", "quantity"] }),
        cartTicketsOnItems(container, { cart_id: input.cart_id, inventory_item_ids: input.inventory_item_ids, now }),
      ])
      await endHeldTickets(container, runOut, { status: "expired", reason: "hold ran out", now })
      undo = await holdLines(
        container,
        {
          cart_id: input.cart_id,
          lines: linesOnItems(items, input.variant_units, input.inventory_item_ids),
          changed: input.changed,
          location_ids: input.location_ids,
          now,
          release_others_on: input.inventory_item_ids,
        },
        mine
      )
    } catch (error) {
      // Locks the change opened with are let go by that step's compensation.
      if (!locked) {
        await releaseLocks(container, keys)
      }
      throw error
    }
    await releaseLocks(container, keys)
    return new StepResponse(undo, undo)
  },
  async (undo, { container }) => {
    if (undo) {
      await undoTicketChanges(container, undo)
    }
  }
)
