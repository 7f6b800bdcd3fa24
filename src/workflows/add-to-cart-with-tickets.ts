import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { AddToCartWorkflowInputDTO } from "@medusajs/framework/types"
import { unitsNeeded, VARIANT_STOCK_FIELDS, VariantStock } from "../modules/ticketing/stock"
import { cartStockContext } from "./cart-stock-context"
import { lockCartStep, unlockCartStep } from "./steps/cart-lock"
import { ticketedCartChange } from "./ticketed-cart-change"
import { lineHolds, sumNeeds } from "./utils/cart-lines"

/**
 * Composes Medusa's add-to-cart with tickets for what the added lines need in all (an
 * added variant already in the cart grows that line, and its ticket with it). The caller
 * holds the cart's lock.
 */
export function addLinesWithTickets(input: WorkflowData<AddToCartWorkflowInputDTO>) {
  const context = cartStockContext(input.cart_id)
  const variantIds = transform({ input }, ({ input }) =>
    (input.items ?? []).flatMap((item) => (item.variant_id ? [item.variant_id] : []))
  )
  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: VARIANT_STOCK_FIELDS,
    filters: { id: variantIds },
  }).config({ name: "get-added-variants-stock" })

  const change = transform({ input, context, variants, variantIds }, ({ input, context, variants, variantIds }) => {
    const added = (input.items ?? []).flatMap((item) => {
      const variant = (variants as VariantStock[]).find((v) => v.id === item.variant_id)
      return variant ? unitsNeeded(variant, Number(item.quantity)) : []
    })
    const existing = lineHolds(context.cart).filter((line) => variantIds.includes(line.variant_id))
    return {
      cart_id: input.cart_id,
      targets: sumNeeds([...added, ...existing.flatMap((line) => line.needs)]),
      changed: { variant_ids: variantIds },
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
