import { prepareRetrieveQuery } from "@medusajs/framework"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { completeCartWithTicketsWorkflow } from "../../../../../workflows"
import { ticketsEnabled } from "../../tickets"

// Errors the shopper can act on without a new cart: answered with the cart, as core does.
const PAYMENT_ERRORS: string[] = [
  MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
  MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR,
]

/**
 * Medusa's completion route, running the checkout that turns the shopper's tickets into
 * the order's reservations. Same answers as core: the order, or the cart with a payment
 * error, or the error itself.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse<HttpTypes.StoreCompleteCartResponse>) {
  const cartId = req.params.id
  const workflow = ticketsEnabled(req.scope) ? completeCartWithTicketsWorkflow : completeCartWorkflow
  const { errors, result, transaction } = await workflow(req.scope).run({
    input: { id: cartId },
    throwOnError: false,
  })
  if (!transaction.hasFinished()) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "Cart is already being completed by another request")
  }

  const error = errors?.[0]?.error
  if (error) {
    if (!PAYMENT_ERRORS.includes(error.type)) {
      throw error
    }
    const cartQuery = await prepareRetrieveQuery({}, { defaults: defaultStoreCartFields }, req as never)
    const cart = await refetchCart(cartId, req.scope, cartQuery.remoteQueryConfig.fields)
    res.status(200).json({
      type: "cart",
      cart: cart as HttpTypes.StoreCart,
      error: { message: error.message, name: error.name, type: error.type },
    })
    return
  }

  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: req.queryConfig.fields,
    filters: { id: result.id },
  })
  res.status(200).json({ type: "order", order: data[0] as unknown as HttpTypes.StoreOrder })
}
