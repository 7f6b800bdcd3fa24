import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { emitTicketStockChanged } from "./steps/emit-ticket-stock-changed"
import { ChangedLines } from "./steps/hold-cart-lines"
import { holdChangedLinesStep } from "./steps/hold-changed-lines"
import { refuseUnavailableChangeStep } from "./steps/refuse-unavailable-change"
import type { TicketNeed, VariantUnits } from "./utils/cart-lines"

export type TicketedChangeInput = {
  cart_id: string
  /** Units of each item the changed lines will need in all after the change. */
  targets: TicketNeed[]
  changed: ChangedLines
  /** What one unit needs, for every variant with a line on the targets' items after the change. */
  variant_units: VariantUnits
  location_ids: string[]
}

/**
 * Composes, inside a workflow that holds the cart's lock, the steps that keep tickets in
 * step with a change Medusa's own workflow makes to the cart's lines (`change`): refuse
 * at once what is not free, let core change the lines (its own stock check is left to the
 * hold: see `ticketedItems`), then hold exactly what the lines now need and release what
 * they no longer do, each hold settled by PostgreSQL against every other shopper's. A
 * hold refused there undoes the change.
 */
export function ticketedCartChange(input: WorkflowData<TicketedChangeInput>, change: () => void) {
  refuseUnavailableChangeStep(
    transform({ input }, ({ input }) => ({
      cart_id: input.cart_id,
      targets: input.targets,
      changed: input.changed,
      location_ids: input.location_ids,
    }))
  )

  change()

  const itemIds = transform({ input }, ({ input }) => input.targets.map((target) => target.inventory_item_id))
  holdChangedLinesStep(
    transform({ input, itemIds }, ({ input, itemIds }) => ({
      cart_id: input.cart_id,
      inventory_item_ids: itemIds,
      variant_units: input.variant_units,
      changed: input.changed,
      location_ids: input.location_ids,
    }))
  )
  emitTicketStockChanged(transform({ itemIds }, ({ itemIds }) => ({ inventory_item_ids: itemIds })))
}
