import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetHandOffsParams } from "./validators"

export const adminHandOffsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/hand-offs", method: "GET", middlewares: [validateAndTransformQuery(AdminGetHandOffsParams, {})] },
]
