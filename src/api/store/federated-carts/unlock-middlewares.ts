import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { limitCodeAttempts } from "./code-attempts"
import { StorePartnerHandshake, StoreRedeemAccessCode } from "./unlock-validators"

/** How a cart unlocks products: a partner's handshake, an access code. */
export const storeUnlockMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/federated-carts/:id/partner-handshake",
    method: "POST",
    middlewares: [validateAndTransformBody(StorePartnerHandshake)],
  },
  {
    matcher: "/store/federated-carts/:id/access-codes",
    method: "POST",
    middlewares: [limitCodeAttempts, validateAndTransformBody(StoreRedeemAccessCode)],
  },
]
