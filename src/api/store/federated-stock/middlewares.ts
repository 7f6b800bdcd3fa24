import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetFederatedStockParams } from "./validators"

// The polled counts and the live stream take the same variant list.
export const federatedStockMiddlewares: MiddlewareRoute[] = ["/store/federated-stock", "/store/federated-stock/stream"].map(
  (matcher) => ({
    matcher,
    method: "GET",
    middlewares: [validateAndTransformQuery(StoreGetFederatedStockParams, {})],
  })
)
