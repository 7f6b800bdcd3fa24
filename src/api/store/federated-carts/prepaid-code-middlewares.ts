import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { limitCodeAttempts } from "./code-attempts"
import { StoreRedeemPrepaidCode } from "./prepaid-code-validators"

/** Redeeming a prepaid code: the same brake on guessing as access codes (one count for every code a client types). */
export const storePrepaidCodeMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/federated-carts/:id/prepaid-codes",
    method: "POST",
    middlewares: [limitCodeAttempts, validateAndTransformBody(StoreRedeemPrepaidCode)],
  },
]
