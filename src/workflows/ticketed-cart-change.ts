import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { emitTicketStockChanged } from "./steps/emit-ticket-stock-changed"
import { holdChangedLinesStep } from "./steps/hold-changed-lines"
import { ChangedLines, openTicketChangeStep } from "./steps/open-ticket-change"
import type { TicketNeed, VariantUnits } from "./utils/cart-lines"

export type TicketedChangeInput = {
  cart_id: string
  /** Units of each item the changed lines will need in all after the change. */
  targets: TicketNeed[]
  changed: ChangedLines
  /** What one unit needs, for every variant with a line on the targets' items after the change. */
  variant_units: VariantUnits
  location_ids: string[]
  now: Date
}

/**
 * Composes, inside a workflow that holds the cart's lock, the steps that keep tickets in
 * step with a change Medusa's own workflow makes to the cart's lines (`change`): refuse
 * what cannot be had, lift this cart's own holds so core's stock check counts them as
 * the shopper's, let core change the lines, then hold exactly what the lines now need
 * and release what they no longer do, under the items' ticket locks.
 */
export function ticketedCartChange(input: WorkflowData<TicketedChangeInput>, change: () => void) {
  const opened = openTicketChangeStep(
    transform({ input }, ({ input }) => ({
      cart_id: input.cart_id,
      targets: input.targets,
      changed: input.changed,
      location_ids: input.location_ids,
      now: input.now,
    }))
  )

  change()

  const itemIds = transform({ input }, ({ input }) => input.targets.map((target) => target.inventory_item_id))
  holdChangedLinesStep(
    transform({ input, itemIds, opened }, ({ input, itemIds, opened }) => ({
      cart_id: input.cart_id,
      inventory_item_ids: itemIds,
      variant_units: input.variant_units,
      changed: input.changed,
      location_ids: input.location_ids,
      now: input.now,
      opened,
    }))
  )
  emitTicketStockChanged(transform({ itemIds }, ({ itemIds }) => ({ inventory_item_ids: itemIds })))
}
