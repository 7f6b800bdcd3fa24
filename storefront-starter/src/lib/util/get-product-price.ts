import type { FederatedProduct, FederatedVariant } from "types/federated"
import { convertToLocale } from "@lib/util/money"

/** Formatted calculated price of a variant, or null when it has none in the region. */
export const getVariantPrice = (variant: FederatedVariant | undefined): string | null => {
  const price = variant?.calculated_price
  if (price?.calculated_amount == null) {
    return null
  }
  return convertToLocale({
    amount: price.calculated_amount,
    currency_code: price.currency_code,
  })
}

/** The product's cheapest variant price, formatted, or null. */
export const getCheapestPrice = (product: FederatedProduct): string | null => {
  const cheapest = (product.variants ?? [])
    .filter((v) => v.calculated_price?.calculated_amount != null)
    .sort((a, b) => (a.calculated_price?.calculated_amount ?? 0) - (b.calculated_price?.calculated_amount ?? 0))[0]
  return getVariantPrice(cheapest)
}

/** Whether the product's variants have different prices ("From $10.00"). */
export const hasPriceRange = (product: FederatedProduct): boolean =>
  new Set(
    (product.variants ?? [])
      .map((v) => v.calculated_price?.calculated_amount)
      .filter((amount): amount is number => amount != null)
  ).size > 1
