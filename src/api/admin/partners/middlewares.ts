import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminCreatePartner, AdminRotatePartnerSecret, AdminUpdatePartner } from "./validators"

export const adminPartnersMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/partners", method: "POST", middlewares: [validateAndTransformBody(AdminCreatePartner)] },
  { matcher: "/admin/partners/:id", method: "POST", middlewares: [validateAndTransformBody(AdminUpdatePartner)] },
  {
    matcher: "/admin/partners/:id/rotate-secret",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminRotatePartnerSecret)],
  },
]
