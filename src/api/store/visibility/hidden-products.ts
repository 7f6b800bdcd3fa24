import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VISIBILITY_MODULE } from "../../../modules/visibility"
import type VisibilityModuleService from "../../../modules/visibility/service"
import { shopperOf } from "./shopper-cart"

// Several middlewares and a route may ask within one request: the database is asked once.
const perRequest = new WeakMap<MedusaRequest, Promise<Set<string>>>()

/** Every product the request's shopper may not see or buy. */
export function hiddenProductsFor(req: MedusaRequest): Promise<Set<string>> {
  let hidden = perRequest.get(req)
  if (!hidden) {
    const visibility: VisibilityModuleService = req.scope.resolve(VISIBILITY_MODULE)
    hidden = visibility.hiddenProductIds(shopperOf(req)).then((ids) => new Set(ids))
    perRequest.set(req, hidden)
  }
  return hidden
}

/** The products among `productIds` the request's shopper may see. */
export async function visibleProducts(req: MedusaRequest, productIds: string[]) {
  const hidden = await hiddenProductsFor(req)
  return productIds.filter((id) => !hidden.has(id))
}

/** The products of some variants (unknown variants are left out). */
export async function productsOfVariants(req: MedusaRequest, variantIds: string[]) {
  if (!variantIds.length) {
    return new Map<string, string>()
  }
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "product_id"],
    filters: { id: variantIds },
  })
  return new Map(data.flatMap((variant) => (variant.product_id ? [[variant.id, variant.product_id]] : [])))
}

/** The variants among `variantIds` whose product the request's shopper may not see. */
export async function hiddenVariants(req: MedusaRequest, variantIds: string[]) {
  const hidden = await hiddenProductsFor(req)
  // Most catalogues hide nothing: then no variant needs looking up (add-to-cart is a hot path).
  if (!hidden.size) {
    return []
  }
  const productOf = await productsOfVariants(req, variantIds)
  return variantIds.filter((id) => hidden.has(productOf.get(id) ?? ""))
}
