import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { TICKETING_MODULE } from "../../modules/ticketing"
import { SOLD_OUT_MESSAGE } from "../../modules/ticketing/stock"
import type TicketingModuleService from "../../modules/ticketing/service"
import { freeUnitsAt } from "../utils/availability"
import type { TicketNeed } from "../utils/cart-lines"

/**
 * Refuses at once, without queueing for the item's lock, a hold that cannot be had: on a
 * hot item most requests are for units that are gone.
 */
export const refuseWhenSoldOutStep = createStep(
  "refuse-when-sold-out",
  async (input: { line_item_id: string; needs: TicketNeed[]; location_ids: string[]; now: Date | string }, { container }) => {
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const now = new Date(input.now)
    for (const need of input.needs) {
      const held = await ticketing.listTickets(
        { line_item_id: input.line_item_id, inventory_item_id: need.inventory_item_id, status: "held" },
        { select: ["quantity"] }
      )
      const extra = need.quantity - held.reduce((units, ticket) => units + ticket.quantity, 0)
      if (extra <= 0) {
        continue
      }
      const free = await freeUnitsAt(container, {
        inventory_item_id: need.inventory_item_id,
        location_ids: input.location_ids,
        now,
      })
      if (free === 0) {
        throw new MedusaError(MedusaError.Types.CONFLICT, SOLD_OUT_MESSAGE)
      }
    }
    return new StepResponse(undefined)
  }
)
