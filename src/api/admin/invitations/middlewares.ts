import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminCreateInvitation, AdminResendInvitation } from "./validators"

export const adminInvitationsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/invitations", method: "POST", middlewares: [validateAndTransformBody(AdminCreateInvitation)] },
  {
    matcher: "/admin/invitations/:id/resend",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminResendInvitation)],
  },
]
