import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminCreateBonusRule, AdminUpdateBonusRule } from "./validators"

export const adminBonusRulesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/bonus-rules", method: "POST", middlewares: [validateAndTransformBody(AdminCreateBonusRule)] },
  { matcher: "/admin/bonus-rules/:id", method: "POST", middlewares: [validateAndTransformBody(AdminUpdateBonusRule)] },
]
