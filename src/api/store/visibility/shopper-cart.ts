import type { MedusaRequest } from "@medusajs/framework/http"

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
