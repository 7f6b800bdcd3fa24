import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TICKETING_MODULE } from "../../modules/ticketing"
import { notEnoughError } from "../../modules/ticketing/stock"
import type TicketingModuleService from "../../modules/ticketing/service"
import type { TicketNeed } from "../utils/cart-lines"
import type { ChangedLines } from "./hold-cart-lines"

export type RefuseUnavailableChangeInput = {
  cart_id: string
  /** Units of each item the changed lines will need in all once the change is made. */
  targets: TicketNeed[]
  changed: ChangedLines
  location_ids: string[]
}

/**
 * Refuses at once, before Medusa's own workflow runs, a change whose units are not free:
 * on a hot item most requests are for units that are gone. One read, no lock: the hold
 * after the change decides again in PostgreSQL, so a change let through here may still
 * be refused there (and undone).
 */
export const refuseUnavailableChangeStep = createStep(
  "refuse-unavailable-change",
  async (input: RefuseUnavailableChangeInput, { container }) => {
    if (!input.targets.length) {
      return new StepResponse(undefined)
    }
    const available = await container.resolve<TicketingModuleService>(TICKETING_MODULE).availableForChange({
      cart_id: input.cart_id,
      inventory_item_ids: input.targets.map((target) => target.inventory_item_id),
      location_ids: input.location_ids,
      variant_ids: input.changed.variant_ids,
      line_item_ids: input.changed.line_item_ids,
    })
    for (const target of input.targets) {
      const units = available.get(target.inventory_item_id) ?? 0
      if (target.quantity > units) {
        throw notEnoughError(units)
      }
    }
    return new StepResponse(undefined)
  }
)
