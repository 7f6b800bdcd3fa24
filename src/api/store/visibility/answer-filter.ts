import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { hiddenProductsFor } from "./hidden-products"

/** The answer without hidden products in any `products` list, however deep (category children too). */
export function withoutHiddenProducts(value: unknown, hidden: Set<string>): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => withoutHiddenProducts(item, hidden))
  }
  if (!value || typeof value !== "object" || value instanceof Date) {
    return value
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      key === "products" && Array.isArray(child)
        ? child
            .filter((product: { id?: unknown }) => !(typeof product?.id === "string" && hidden.has(product.id)))
            .map((product) => withoutHiddenProducts(product, hidden))
        : withoutHiddenProducts(child, hidden),
    ])
  )
}

/**
 * For core routes whose answers may embed products (`/store/collections`,
 * `/store/product-categories` with `fields=*products`): their filters cannot name the
 * products, so hidden ones are taken out of the answer itself.
 */
export async function hideProductsInAnswer(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const hidden = await hiddenProductsFor(req)
  if (hidden.size) {
    const send = res.json.bind(res)
    res.json = (body: unknown) => send(withoutHiddenProducts(body, hidden))
  }
  next()
}
