import { prepareRetrieveQuery } from "@medusajs/framework"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { HttpTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { completeFederatedCheckoutWorkflow } from "../../../../../workflows"
import { readOrderGroup } from "../../../federated-carts/order-group/read-order-group"

// Errors the shopper can act on without a new cart: answered with the cart, as core does.
const PAYMENT_ERRORS: string[] = [MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR]

type CompleteResponse = HttpTypes.StoreCompleteCartResponse & { order_group?: unknown }

/**
 * Medusa's completion route runs the federated checkout, so a standard client completes
 * a cart of many stores unchanged. It answers as core does — the order (the first store's;
 * every store's is in `order_group.orders`), or the cart with a payment error — and adds
 * the order group.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse<CompleteResponse>) {
  const cartId = req.params.id
  const { errors, result, transaction } = await completeFederatedCheckoutWorkflow(req.scope).run({
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

  const group = await readOrderGroup(req.scope, { id: result.id }, req.queryConfig.fields)
  // Read with the store API's order fields (req.queryConfig: this route's defaults or what the
  // client asked for), as core's completion reads the order it answers with.
  const order = group.orders[0] as unknown as HttpTypes.StoreOrder
  res.status(200).json({ type: "order", order, order_group: group })
}
