import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { Shopper } from "../../../modules/visibility/service"

/**
 * The header a storefront sends with catalogue requests (`/store/products`,
 * `/store/federated-stores/...`, `/store/federated-stock`) so that what its cart has
 * unlocked is shown. A cart id is already the shopper's key to the cart in Medusa.
 */
export const CART_HEADER = "x-cart-id"

/** The cart whose unlocks apply: the cart a cart route names, else the header's. */
export function shopperCartId(req: MedusaRequest): string | null {
  const isCartRoute = /^\/store\/(federated-)?carts\/[^/]+/.test(req.path)
  if (isCartRoute && req.params.id) {
    return req.params.id
  }
  const header = req.get(CART_HEADER)?.trim()
  return header ? header : null
}

/**
 * Whose unlocks apply to a request: its cart's, and its customer's — the logged-in
 * customer of the request (on routes where Medusa reads the customer's session or
 * token), else the customer the cart belongs to.
 */
export function shopperOf(req: MedusaRequest): Shopper {
  const cartId = shopperCartId(req)
  // Store routes that read an optional customer session put it on the request; others do not.
  const auth = (req as Partial<AuthenticatedMedusaRequest>).auth_context
  const customer = async () => {
    if (auth?.actor_type === "customer" && auth.actor_id) {
      return auth.actor_id
    }
    if (!cartId) {
      return null
    }
    const [cart] = await req.scope.resolve(Modules.CART).listCarts({ id: cartId }, { select: ["customer_id"] })
    return cart?.customer_id ?? null
  }
  return { cartId, customer }
}
