import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CART_STATE_MODULE } from "../../../../modules/cart-state"
import type CartStateModuleService from "../../../../modules/cart-state/service"
import { requestableMoves } from "../../../../modules/cart-state/rules"
import { ADMIN_CART_STATE_FIELDS } from "../cart-rows"

/** One cart's state and number, and every move it made, oldest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const cartId = req.params.id
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart_state",
    fields: ADMIN_CART_STATE_FIELDS,
    filters: { cart_id: cartId },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No federated cart for cart ${cartId}.`)
  }
  const cartStates: CartStateModuleService = req.scope.resolve(CART_STATE_MODULE)
  const moves = await cartStates.movesOfCart(cartId)
  res.json({ federated_cart: { ...data[0], allowed_moves: requestableMoves(data[0].state), moves } })
}
