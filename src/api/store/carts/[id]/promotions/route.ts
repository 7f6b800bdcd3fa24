import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { HttpTypes } from "@medusajs/framework/types"
import { PromotionActions } from "@medusajs/framework/utils"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { updateCartPromotionsWithBonusWorkflow } from "../../../../../workflows/update-cart-promotions-with-bonus"

type PromoCodes = { promo_codes: string[] }

/**
 * Medusa's promotion routes, answering as core does; the change runs under the cart's lock
 * with the bonus lines refreshed, since a discount moves the cart's net total.
 */
export async function POST(req: MedusaRequest<PromoCodes>, res: MedusaResponse<HttpTypes.StoreCartResponse>) {
  const codes = req.validatedBody.promo_codes
  await run(req, codes, codes.length > 0 ? PromotionActions.ADD : PromotionActions.REPLACE)
  res.status(200).json({ cart: (await refetchCart(req.params.id, req.scope, req.queryConfig.fields)) as HttpTypes.StoreCart })
}

export async function DELETE(req: MedusaRequest<PromoCodes>, res: MedusaResponse<HttpTypes.StoreCartResponse>) {
  await run(req, req.validatedBody.promo_codes, PromotionActions.REMOVE)
  res.status(200).json({ cart: (await refetchCart(req.params.id, req.scope, req.queryConfig.fields)) as HttpTypes.StoreCart })
}

const run = (req: MedusaRequest, promo_codes: string[], action: PromotionActions) =>
  updateCartPromotionsWithBonusWorkflow(req.scope).run({
    input: { cart_id: req.params.id, promo_codes, action, force_refresh_payment_collection: true },
  })
