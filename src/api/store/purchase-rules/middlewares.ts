import type { MiddlewareRoute } from "@medusajs/framework/http"
import { addWithinRules, checkoutWithinRules, updateWithinLimits } from "./guards"

/**
 * Purchase rules (a partner account's limit holds across concurrent carts and checkouts)
 * on every cart path that adds, grows or checks out a line: a partner account's limits,
 * and products that need another. They run after the visibility rules: a product the cart
 * may not see never reaches them.
 */
export const storePurchaseRuleMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id/line-items", method: "POST", middlewares: [addWithinRules] },
  { matcher: "/store/federated-carts/:id/line-items", method: "POST", middlewares: [addWithinRules] },
  { matcher: "/store/carts/:id/line-items/:line_id", method: "POST", middlewares: [updateWithinLimits] },
  { matcher: "/store/carts/:id/complete", method: "POST", middlewares: [checkoutWithinRules] },
]
