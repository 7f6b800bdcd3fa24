import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { refuseHiddenCheckout, refuseHiddenLine, refuseHiddenVariants, variantOfBody, variantsOfItems } from "./cart-guards"
import { hideProductsInAnswer } from "./answer-filter"
import { hiddenVariants } from "./hidden-products"
import { hideProductsOn } from "./narrow-filters"

/** Live counts leave hidden variants out, as they leave out ids that do not exist. */
async function unwatchHiddenVariants(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.validatedQuery as { variant_ids: string[] }
  const hidden = new Set(await hiddenVariants(req, query.variant_ids))
  query.variant_ids = query.variant_ids.filter((id) => !hidden.has(id))
  next()
}

/**
 * Hidden stays hidden (a product this shopper has not unlocked answers as an id that does
 * not exist) on every store path: Medusa's catalogue and cart routes and the plugin's.
 * These run after core's own middlewares (and after the plugin's validation), so filters
 * and bodies are already parsed. The federated stores'
 * catalogue routes filter their product ids themselves (`visibleProducts`).
 */
export const storeVisibilityMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/products", method: "GET", middlewares: [hideProductsOn("id")] },
  { matcher: "/store/products/:id", method: "GET", middlewares: [hideProductsOn("id")] },
  { matcher: "/store/product-variants", method: "GET", middlewares: [hideProductsOn("product_id")] },
  { matcher: "/store/product-variants/:id", method: "GET", middlewares: [hideProductsOn("product_id")] },
  { matcher: "/store/carts", method: "POST", middlewares: [refuseHiddenVariants(variantsOfItems)] },
  { matcher: "/store/carts/:id/line-items", method: "POST", middlewares: [refuseHiddenVariants(variantOfBody)] },
  { matcher: "/store/carts/:id/line-items/:line_id", method: "POST", middlewares: [refuseHiddenLine] },
  { matcher: "/store/carts/:id/complete", method: "POST", middlewares: [refuseHiddenCheckout] },
  { matcher: "/store/federated-carts/:id/line-items", method: "POST", middlewares: [refuseHiddenVariants(variantOfBody)] },
  { matcher: "/store/federated-carts/:id/line-items/:line_id/hold", method: "POST", middlewares: [refuseHiddenLine] },
  ...["/store/collections", "/store/collections/:id", "/store/product-categories", "/store/product-categories/:id"].map(
    (matcher) => ({ matcher, method: "GET" as const, middlewares: [hideProductsInAnswer] })
  ),
  ...["/store/federated-stock", "/store/federated-stock/stream"].map((matcher) => ({
    matcher,
    method: "GET" as const,
    middlewares: [unwatchHiddenVariants],
  })),
]
