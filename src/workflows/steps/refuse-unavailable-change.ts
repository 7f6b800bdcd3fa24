import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TICKETING_MODULE } from "../../modules/ticketing"
import { isLive, notEnoughError } from "../../modules/ticketing/stock"
import type TicketingModuleService from "../../modules/ticketing/service"
import { freeUnitsAt } from "../utils/availability"
import type { TicketNeed } from "../utils/cart-lines"
import { ChangedLines, isChanged } from "./hold-cart-lines"

export type RefuseUnavailableChangeInput = {
  cart_id: string
  /** Units of each item the changed lines will need in all once the change is made. */
  targets: TicketNeed[]
  changed: ChangedLines
  location_ids: string[]
}

/**
 * Refuses at once, before Medusa's own workflow runs, a change whose units are not free:
 * on a hot item most requests are for units that are gone. A read, no lock: the hold
 * after the change decides again in PostgreSQL, so a change let through here may still
 * be refused there (and undone).
 */
export const refuseUnavailableChangeStep = createStep(
  "refuse-unavailable-change",
  async (input: RefuseUnavailableChangeInput, { container }) => {
    if (!input.targets.length) {
      return new StepResponse(undefined)
    }
    const now = new Date()
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const itemIds = input.targets.map((target) => target.inventory_item_id)
    const [mine, ...free] = await Promise.all([
      ticketing.listTickets({ cart_id: input.cart_id, inventory_item_id: itemIds, status: "held" }),
      ...itemIds.map((id) => freeUnitsAt(container, { inventory_item_id: id, location_ids: input.location_ids, now })),
    ])
    input.targets.forEach((target, index) => {
      const own = mine
        .filter(
          (ticket) =>
            ticket.inventory_item_id === target.inventory_item_id && isLive(ticket, now) && isChanged(input.changed, ticket)
        )
        .reduce((units, ticket) => units + ticket.quantity, 0)
      if (target.quantity > free[index] + own) {
        throw notEnoughError(free[index] + own)
      }
    })
    return new StepResponse(undefined)
  }
)
