import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { hiddenProductsFor } from "./hidden-products"

type Filters = Record<string, unknown>

/**
 * `filters` narrowed so that no product in `hidden` matches on `field`. An existing id
 * list (core's sales-channel restriction, or the shopper's own `id`) keeps its other ids:
 * replacing it would drop that restriction. The database does the filtering, so counts
 * and pages stay right, and an emptied list makes a retrieve answer core's own 404.
 */
export function excludeProducts(filters: Filters, field: string, hidden: Set<string>): Filters {
  if (!hidden.size) {
    return filters
  }
  const current = filters[field]
  if (current === undefined || current === null) {
    return { ...filters, [field]: { $nin: [...hidden] } }
  }
  if (typeof current === "string") {
    return { ...filters, [field]: hidden.has(current) ? [] : current }
  }
  if (Array.isArray(current)) {
    return { ...filters, [field]: current.filter((id) => !hidden.has(id)) }
  }
  const and = Array.isArray(filters.$and) ? filters.$and : []
  return { ...filters, $and: [...and, { [field]: { $nin: [...hidden] } }] }
}

/** A middleware for core's store catalogue routes, filtering on the given product field. */
export const hideProductsOn = (field: string) => async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
  req.filterableFields = excludeProducts(req.filterableFields, field, await hiddenProductsFor(req))
  next()
}
