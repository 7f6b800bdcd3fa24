import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { addLinesWithTickets } from "./add-to-cart-with-tickets"
import { refreshBonusLines } from "./refresh-bonus-lines"
import { lockCartStep, unlockCartStep } from "./steps/cart-lock"
import { recordCartBookmarkStep } from "./steps/record-cart-bookmark"
import { resolveSellingStoreStep } from "./steps/resolve-selling-store"
import type { AddFederatedLineItemInput } from "./types"

/**
 * Adds a variant of any federated store to the shopper's one cart, holding its units, and
 * remembers which store sold it and which page it was added from. Core's add-to-cart
 * merges a repeated variant into its existing line; its own cart lock is skipped when it
 * runs as a sub-workflow, so this workflow holds the cart lock.
 */
export const addFederatedLineItemWorkflow = createWorkflow(
  "add-federated-line-item",
  (input: WorkflowData<AddFederatedLineItemInput>) => {
    lockCartStep(input.cart_id)

    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "product.federated_store.id"],
      filters: { id: input.variant_id },
    }).config({ name: "get-variant-store" })
    const storeId = resolveSellingStoreStep({ variant_id: input.variant_id, variants })

    const before = addLinesWithTickets(
      transform({ input }, ({ input }) => ({
        cart_id: input.cart_id,
        items: [{ variant_id: input.variant_id, quantity: input.quantity }],
      }))
    )

    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "items.id", "items.variant_id"],
      filters: { id: input.cart_id },
    }).config({ name: "get-cart-lines-for-bookmark" })

    const bookmark = recordCartBookmarkStep({
      cart: transform({ carts }, ({ carts }) => carts[0]),
      variant_id: input.variant_id,
      federated_store_id: storeId,
      bookmark: input.bookmark,
    })

    refreshBonusLines(input.cart_id, before)
    unlockCartStep(input.cart_id)
    return new WorkflowResponse(bookmark)
  }
)
