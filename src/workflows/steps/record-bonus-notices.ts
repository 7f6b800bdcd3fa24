import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BONUS_NOTICES_KEY, BonusNotice } from "../utils/bonus-lines"

type Metadata = Record<string, unknown> | null

/**
 * Writes the cart's bonus notices ("Your free X is out of stock") into its metadata,
 * where any storefront reading the cart finds them; the rest of the metadata is kept.
 */
export const recordBonusNoticesStep = createStep(
  "record-bonus-notices",
  async ({ cart_id, notices }: { cart_id: string; notices: BonusNotice[] }, { container }) => {
    const carts = container.resolve(Modules.CART)
    const cart = await carts.retrieveCart(cart_id, { select: ["id", "metadata"] })
    const before = (cart.metadata ?? null) as Metadata
    // Null rather than a missing key: the cart module may merge metadata into what is stored.
    await carts.updateCarts(cart_id, { metadata: { ...before, [BONUS_NOTICES_KEY]: notices.length ? notices : null } })
    return new StepResponse(undefined, { cart_id, metadata: before })
  },
  async (undo, { container }) => {
    if (undo) {
      await container.resolve(Modules.CART).updateCarts(undo.cart_id, { metadata: undo.metadata ?? {} })
    }
  }
)
