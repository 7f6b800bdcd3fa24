import { createWorkflow, parallelize, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { AddToCartWorkflowInputDTO } from "@medusajs/framework/types"
import { cartStockContext } from "./cart-stock-context"
import { lockCartStep, unlockCartStep } from "./steps/cart-lock"
import { ticketedCartChange } from "./ticketed-cart-change"
import { cartVariantUnits, lineHolds, needsOf, STOCKED_VARIANT_FIELDS, StockedVariant, sumNeeds, variantUnits } from "./utils/cart-lines"

/**
 * Composes Medusa's add-to-cart with tickets for what the added lines need in all (an
 * added variant already in the cart grows that line, and its ticket with it). The caller
 * holds the cart's lock.
 */
export function addLinesWithTickets(input: WorkflowData<AddToCartWorkflowInputDTO>) {
  const variantIds = transform({ input }, ({ input }) =>
    (input.items ?? []).flatMap((item) => (item.variant_id ? [item.variant_id] : []))
  )
  const [context, { data: variants }] = parallelize(
    cartStockContext(input.cart_id),
    useQueryGraphStep({
      entity: "product_variant",
      fields: STOCKED_VARIANT_FIELDS,
      filters: { id: variantIds },
    }).config({ name: "get-added-variants-stock" })
  )

  const change = transform({ input, context, variants, variantIds }, ({ input, context, variants, variantIds }) => {
    const units = { ...cartVariantUnits(context.cart), ...variantUnits(variants as StockedVariant[]) }
    const added = (input.items ?? []).flatMap((item) => needsOf(units, item.variant_id, Number(item.quantity)))
    const existing = lineHolds(context.cart).filter((line) => variantIds.includes(line.variant_id))
    return {
      cart_id: input.cart_id,
      targets: sumNeeds([...added, ...existing.flatMap((line) => line.needs)]),
      changed: { variant_ids: variantIds },
      variant_units: units,
      location_ids: context.location_ids,
      now: context.now,
    }
  })

  ticketedCartChange(change, () => {
    addToCartWorkflow.runAsStep({ input })
  })
}

/** Medusa's add-to-cart, with tickets: what `POST /store/carts/:id/line-items` runs. */
export const addToCartWithTicketsWorkflow = createWorkflow(
  "add-to-cart-with-tickets",
  (input: WorkflowData<AddToCartWorkflowInputDTO>) => {
    lockCartStep(input.cart_id)
    addLinesWithTickets(input)
    unlockCartStep(input.cart_id)
    return new WorkflowResponse(input.cart_id)
  }
)
