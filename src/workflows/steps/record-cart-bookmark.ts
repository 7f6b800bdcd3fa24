import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { FEDERATED_CART_MODULE } from "../../modules/federated-cart"
import type FederatedCartModuleService from "../../modules/federated-cart/service"
import type { BookmarkInput } from "../types"

type RecordCartBookmarkInput = {
  cart: { id: string; items?: ({ id: string; variant_id?: string | null } | null)[] | null }
  variant_id: string
  federated_store_id: string
  bookmark: BookmarkInput
}

export const recordCartBookmarkStep = createStep(
  "record-cart-bookmark",
  async (input: RecordCartBookmarkInput, { container }) => {
    const line = (input.cart.items ?? []).find((item) => item?.variant_id === input.variant_id)
    if (!line) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Cart ${input.cart.id} has no line for variant ${input.variant_id} after adding it.`
      )
    }
    const federatedCart: FederatedCartModuleService = container.resolve(FEDERATED_CART_MODULE)
    const bookmark = await federatedCart.createCartBookmarks({
      cart_id: input.cart.id,
      line_item_id: line.id,
      variant_id: input.variant_id,
      federated_store_id: input.federated_store_id,
      url: input.bookmark.url,
      title: input.bookmark.title ?? null,
    })
    return new StepResponse(bookmark, bookmark.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const federatedCart: FederatedCartModuleService = container.resolve(FEDERATED_CART_MODULE)
    await federatedCart.deleteCartBookmarks(id)
  }
)
