import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreChooseLineDelivery } from "./validators"

export const storeLineDeliveryMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/federated-carts/:id/line-items/:line_id/delivery",
    method: "POST",
    middlewares: [validateAndTransformBody(StoreChooseLineDelivery)],
  },
]
