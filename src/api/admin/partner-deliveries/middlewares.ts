import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetPartnerDeliveriesParams } from "./validators"

export const adminPartnerDeliveriesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/partner-deliveries",
    method: "GET",
    middlewares: [validateAndTransformQuery(AdminGetPartnerDeliveriesParams, {})],
  },
]
