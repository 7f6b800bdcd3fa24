import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { holdCartLinesStep } from "./steps/hold-cart-lines"
import { liftCartTicketsStep } from "./steps/lift-cart-tickets"
import { ChangedLines, openTicketChangeStep } from "./steps/open-ticket-change"
import { releaseExpiredTicketsStep } from "./steps/release-expired-tickets"
import { ensureTicketLocksStep, unlockTicketsStep } from "./steps/ticket-locks"
import { CART_LINE_STOCK_FIELDS, CartWithLines, lineHolds, TicketNeed } from "./utils/cart-lines"
import { emitTicketStockChanged } from "./steps/emit-ticket-stock-changed"

export type TicketedChangeInput = {
  cart_id: string
  /** Units of each item the changed lines will need in all after the change. */
  targets: TicketNeed[]
  changed: ChangedLines
  location_ids: string[]
  now: Date
}

/**
 * Composes, inside a workflow that holds the cart's lock, the steps that keep tickets in
 * step with a change Medusa's own workflow makes to the cart's lines (`change`): refuse
 * what cannot be had, lift this cart's own holds so core's stock check counts them as
 * the shopper's, let core change the lines, then hold exactly what the lines now need
 * and release what they no longer do, all under the items' ticket locks.
 */
export function ticketedCartChange(input: WorkflowData<TicketedChangeInput>, change: () => void) {
  const itemIds = transform({ input }, ({ input }) => input.targets.map((target) => target.inventory_item_id))
  const opened = openTicketChangeStep(
    transform({ input }, ({ input }) => ({
      cart_id: input.cart_id,
      targets: input.targets,
      changed: input.changed,
      location_ids: input.location_ids,
      now: input.now,
    }))
  )
  liftCartTicketsStep(transform({ input, itemIds }, ({ input, itemIds }) => ({ cart_id: input.cart_id, inventory_item_ids: itemIds })))

  change()

  const { data: after } = useQueryGraphStep({
    entity: "cart",
    fields: CART_LINE_STOCK_FIELDS,
    filters: { id: input.cart_id },
  }).config({ name: "get-cart-lines-after-change" })
  const keys = ensureTicketLocksStep(opened)
  releaseExpiredTicketsStep(transform({ input, itemIds }, ({ input, itemIds }) => ({ inventory_item_ids: itemIds, now: input.now })))
  holdCartLinesStep(
    transform({ input, itemIds, after }, ({ input, itemIds, after }) => ({
      cart_id: input.cart_id,
      lines: onItems(lineHolds(after[0] as CartWithLines), itemIds),
      changed: input.changed,
      location_ids: input.location_ids,
      now: input.now,
      release_others_on: itemIds,
    }))
  )
  unlockTicketsStep(keys)
  emitTicketStockChanged(
      transform({ itemIds }, ({ itemIds }) => ({ inventory_item_ids: itemIds }))
    )
}

/** The lines' needs on these items only: others are not locked by this change. */
function onItems(lines: ReturnType<typeof lineHolds>, itemIds: string[]) {
  return lines.flatMap((line) => {
    const needs = line.needs.filter((need) => itemIds.includes(need.inventory_item_id))
    return needs.length ? [{ ...line, needs }] : []
  })
}
