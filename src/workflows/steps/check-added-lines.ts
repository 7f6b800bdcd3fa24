import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { assertQuantity, notSoldMessage } from "../utils/line-rules"
import { sellingStores } from "../utils/stock-context-cache"

export type CheckAddedLinesInput = {
  items: { variant_id?: string | null; quantity: unknown }[]
  /** The added variants that exist, with their product. */
  variants: { id: string; product_id?: string | null }[]
}

/**
 * Refuses, before anything is written or held, an add that no checkout could complete:
 * a fractional or non-positive quantity, or a variant whose product no store sells (its
 * cart could never become a store's order). Every add path runs this: the plugin's own
 * route and Medusa's.
 */
export const checkAddedLinesStep = createStep("check-added-lines", async (input: CheckAddedLinesInput, { container }) => {
  for (const item of input.items) {
    assertQuantity(item.quantity)
  }
  const productOf = new Map(input.variants.map((variant) => [variant.id, variant.product_id ?? null]))
  const stores = await sellingStores(
    container,
    input.variants.flatMap((variant) => (variant.product_id ? [variant.product_id] : []))
  )
  for (const item of input.items) {
    const productId = item.variant_id ? productOf.get(item.variant_id) : undefined
    // A variant that does not exist is left to Medusa's own answer for it.
    if (productId !== undefined && !(productId && stores.get(productId))) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, notSoldMessage(item.variant_id!))
    }
  }
  return new StepResponse(undefined)
})
