import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGeneratePrepaidCodes, AdminGetPrepaidCodes } from "./validators"

export const adminPrepaidCodesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/prepaid-codes", method: "GET", middlewares: [validateAndTransformQuery(AdminGetPrepaidCodes, {})] },
  {
    matcher: "/admin/prepaid-codes/batches",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminGeneratePrepaidCodes)],
  },
]
