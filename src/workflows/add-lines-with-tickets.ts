import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import type { AddToCartWorkflowInputDTO } from "@medusajs/framework/types"
import { cartStockContext } from "./cart-stock-context"
import { checkAddedLinesStep } from "./steps/check-added-lines"
import { stampDeliveryKindsStep } from "./steps/stamp-delivery-kinds"
import { ticketedCartChange } from "./ticketed-cart-change"
import { cartVariantUnits, lineHolds, needsOf, sumNeeds, VariantUnits, variantUnits } from "./utils/cart-lines"

/**
 * The items to add, those the plugin holds marked so that Medusa's add-to-cart does not
 * confirm their stock itself (`allow_backorder` on an item skips core's check for that
 * item only, as an admin's draft order uses it). Core's check counts every reservation,
 * this shopper's own tickets too, so it would refuse a shopper who grows a line they
 * hold; the hold after the change is the stock check for these items, settled in
 * PostgreSQL.
 */
export function ticketedItems<T extends { variant_id?: string | null }>(items: T[], units: VariantUnits) {
  return items.map((item) => (units[item.variant_id ?? ""]?.needs.length ? { ...item, allow_backorder: true } : item))
}

/**
 * Composes Medusa's add-to-cart with tickets for what the added lines need in all (an
 * added variant already in the cart grows that line, and its ticket with it). The caller
 * holds the cart's lock. Returns the cart as it was read before the add.
 */
export function addLinesWithTickets(input: WorkflowData<AddToCartWorkflowInputDTO>) {
  const variantIds = transform({ input }, ({ input }) =>
    (input.items ?? []).flatMap((item) => (item.variant_id ? [item.variant_id] : []))
  )
  // The cart's lines and the added variants, read in one step.
  const context = cartStockContext(input.cart_id, { variant_ids: variantIds })
  checkAddedLinesStep(
    transform({ input, context }, ({ input, context }) => ({ items: input.items ?? [], variants: context.variants }))
  )

  const change = transform({ input, context, variantIds }, ({ input, context, variantIds }) => {
    const units = { ...cartVariantUnits(context.cart), ...variantUnits(context.variants) }
    const added = (input.items ?? []).flatMap((item) => needsOf(units, item.variant_id, Number(item.quantity)))
    const existing = lineHolds(context.cart).filter((line) => variantIds.includes(line.variant_id))
    return {
      cart_id: input.cart_id,
      targets: sumNeeds([...added, ...existing.flatMap((line) => line.needs)]),
      changed: { variant_ids: variantIds },
      variant_units: units,
      location_ids: context.location_ids,
    }
  })

  const stamped = stampDeliveryKindsStep(
    transform({ input, context }, ({ input, context }) => ({
      add: input,
      variants: context.variants,
      lines: context.cart.items ?? [],
    }))
  )
  const ticketed = transform({ stamped, change }, ({ stamped, change }) => ({
    ...stamped,
    items: ticketedItems(stamped.items ?? [], change.variant_units),
  }))
  ticketedCartChange(change, () => {
    addToCartWorkflow.runAsStep({ input: ticketed })
  })
  return transform({ context }, ({ context }) => context.cart)
}
