import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { HttpTypes } from "@medusajs/framework/types"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { addToCartWithTicketsWorkflow } from "../../../../../workflows"
import { withStockConflicts } from "../../tickets"

type AddLineItemBody = HttpTypes.StoreAddCartLineItem & { additional_data?: Record<string, unknown> }

/**
 * Medusa's add-to-cart route, taking a ticket for the line's units: a standard storefront
 * gets holds without knowing about them.
 */
export async function POST(req: MedusaRequest<AddLineItemBody>, res: MedusaResponse<HttpTypes.StoreCartResponse>) {
  const cartId = req.params.id
  const input = {
    cart_id: cartId,
    items: [req.validatedBody],
    additional_data: req.validatedBody.additional_data,
  }
  await withStockConflicts(req.scope, { cart_id: cartId, variant_id: req.validatedBody.variant_id }, () =>
    addToCartWithTicketsWorkflow(req.scope).run({ input })
  )
  const cart = await refetchCart(cartId, req.scope, req.queryConfig.fields)
  res.status(200).json({ cart: cart as HttpTypes.StoreCart })
}
