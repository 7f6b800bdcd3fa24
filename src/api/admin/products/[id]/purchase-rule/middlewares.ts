import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminSetPurchaseRule } from "./validators"

export const adminPurchaseRuleMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/products/:id/purchase-rule",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminSetPurchaseRule)],
  },
]
