import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import type { CartAction } from "../../../modules/cart-state/rules"
import { assertCartAllows } from "../../../workflows/utils/cart-state"
import { keepStoreMoney } from "./store-money-guard"
import { StoreMoveFederatedCart } from "./validators"

type Guarded = {
  matcher: string
  method: "POST" | "DELETE"
  action: (req: MedusaRequest) => CartAction | null
  cartId?: (req: MedusaRequest) => string | undefined
}

/**
 * Answers early, with a 409 naming the state and the allowed moves, what a cart's state
 * forbids on every store route that changes a cart — before Medusa's own checks, which
 * would refuse a completed cart with a 400 that names no state. Routes whose workflow has
 * a hook (adds, line changes, updates, promotions, shipping methods, customer) or that
 * run the plugin's own workflows (line removal, holds, checkout) are checked again inside
 * them, under the cart lock (src/workflows/hooks/cart-states.ts); payment collections,
 * which change no line, rely on this check alone.
 */
const GUARDED: Guarded[] = [
  { matcher: "/store/carts/:id/line-items", method: "POST", action: () => "add_line" },
  { matcher: "/store/carts/:id/line-items/:line_id", method: "POST", action: () => "change_line" },
  { matcher: "/store/carts/:id/line-items/:line_id", method: "DELETE", action: () => "change_line" },
  { matcher: "/store/carts/:id/promotions", method: "POST", action: () => "set_options" },
  { matcher: "/store/carts/:id/promotions", method: "DELETE", action: () => "set_options" },
  // Promotion codes reach the update workflow's hook stripped off: judged here. Whether a
  // region or sales channel really changes is judged by the hook, which sees the cart.
  {
    matcher: "/store/carts/:id",
    method: "POST",
    action: (req) =>
      (req.body as { promo_codes?: unknown })?.promo_codes !== undefined ? "set_options" : "set_checkout_details",
  },
  { matcher: "/store/carts/:id/shipping-methods", method: "POST", action: () => "set_checkout_details" },
  { matcher: "/store/carts/:id/customer", method: "POST", action: () => "set_checkout_details" },
  { matcher: "/store/carts/:id/complete", method: "POST", action: () => "complete" },
  { matcher: "/store/federated-carts/:id/holds/extend", method: "POST", action: () => "hold_lines" },
  { matcher: "/store/federated-carts/:id/line-items/:line_id/hold", method: "POST", action: () => "hold_lines" },
  {
    matcher: "/store/payment-collections",
    method: "POST",
    action: () => "set_checkout_details",
    cartId: (req) => (req.body as { cart_id?: string })?.cart_id,
  },
]

function guard({ action, cartId = (req) => req.params.id }: Guarded) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const id = cartId(req)
    const asked = action(req)
    if (!id || !asked) {
      return next()
    }
    assertCartAllows(req.scope, id, asked).then(() => next(), next)
  }
}

export const storeCartStateMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/federated-carts/:id/state",
    method: "POST",
    middlewares: [validateAndTransformBody(StoreMoveFederatedCart)],
  },
  ...GUARDED.map((guarded) => ({
    matcher: guarded.matcher,
    method: guarded.method,
    middlewares: guarded.matcher.endsWith(":line_id") ? [guard(guarded), keepStoreMoney] : [guard(guarded)],
  })),
]
