import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { TICKETING_MODULE } from "../../modules/ticketing"
import { freeUnits } from "../../modules/ticketing/free-units"
import type TicketingModuleService from "../../modules/ticketing/service"
import type { TicketNeed } from "./place-ticket-hold"

/**
 * Free units of an item over some locations at an instant, holds that ran out counted
 * as free. A read without locks: good for showing counts and for refusing early; the
 * hold itself is decided again under the item's lock.
 */
export async function freeUnitsAt(
  container: MedusaContainer,
  { inventory_item_id, location_ids, now }: { inventory_item_id: string; location_ids: string[]; now: Date }
) {
  const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
  const [levels, runOut] = await Promise.all([
    container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id, location_id: location_ids }),
    ticketing.listTickets(
      { inventory_item_id, location_id: location_ids, status: "held", expires_at: { $lte: now } },
      { select: ["location_id", "quantity"] }
    ),
  ])
  return levels.reduce((sum, level) => {
    const expired = runOut
      .filter((ticket) => ticket.location_id === level.location_id)
      .reduce((units, ticket) => units + ticket.quantity, 0)
    return sum + freeUnits({ stocked_quantity: Number(level.stocked_quantity), reserved_quantity: Number(level.reserved_quantity) }, expired)
  }, 0)
}

/**
 * Refuses at once, without queueing for the item's lock, a hold that cannot be had: on a
 * hot item most requests are for units that are gone.
 */
export const refuseWhenSoldOutStep = createStep(
  "refuse-when-sold-out",
  async (
    input: { line_item_id: string; needs: TicketNeed[]; location_ids: string[]; now: Date | string },
    { container }
  ) => {
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
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          "Sold out: every unit is sold or held in another shopper's cart right now."
        )
      }
    }
    return new StepResponse(undefined)
  }
)
