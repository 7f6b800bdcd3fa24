import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminSetProductVisibility } from "./validators"

export const adminProductVisibilityMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/products/:id/visibility",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminSetProductVisibility)],
  },
]
