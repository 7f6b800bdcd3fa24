import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminSetProductDelivery } from "./validators"

export const adminProductDeliveryMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/products/:id/delivery",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminSetProductDelivery)],
  },
]
