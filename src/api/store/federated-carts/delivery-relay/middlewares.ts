import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StoreGetDeliveriesParams, StoreGetDeliveriesStreamParams } from "./validators"

/**
 * The cart id is the shopper's key to their deliveries, as it is to the cart itself: an
 * unknown one is a 404 before anything is read. A known cart that has not been checked
 * out yet simply has no deliveries.
 */
async function requireCart(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: ["id"], filters: { id: req.params.id } })
    if (!data.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No cart with id ${req.params.id}.`)
    }
    next()
  } catch (error) {
    next(error)
  }
}

export const storeDeliveryRelayMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/federated-carts/:id/deliveries",
    method: "GET",
    middlewares: [validateAndTransformQuery(StoreGetDeliveriesParams, {}), requireCart],
  },
  {
    matcher: "/store/federated-carts/:id/deliveries/stream",
    method: "GET",
    middlewares: [validateAndTransformQuery(StoreGetDeliveriesStreamParams, {}), requireCart],
  },
  {
    matcher: "/store/federated-carts/:id/expected-deliveries",
    method: "GET",
    middlewares: [requireCart],
  },
]
