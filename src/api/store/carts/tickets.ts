import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { notEnoughError } from "../../../modules/ticketing/stock"
import { availableQuantities } from "../../../workflows/utils/availability"

/**
 * Runs a cart change, answering a lost race for stock as the plugin's own refusals are
 * answered: a 409 with the count the shopper can still have. Medusa's own stock check
 * refuses with a 400 when another shopper took the units between the plugin's check and
 * core's.
 */
export async function withStockConflicts<T>(
  scope: MedusaContainer,
  { cart_id, variant_id }: { cart_id: string; variant_id?: string | null },
  change: () => Promise<T>
): Promise<T> {
  try {
    return await change()
  } catch (error) {
    if ((error as MedusaError)?.code !== MedusaError.Codes.INSUFFICIENT_INVENTORY) {
      throw error
    }
    const free = variant_id ? await freeForCart(scope, cart_id, variant_id) : 0
    throw notEnoughError(free)
  }
}

async function freeForCart(scope: MedusaContainer, cartId: string, variantId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "sales_channel.stock_locations.id"],
    filters: { id: cartId },
  })
  const locationIds = (data[0]?.sales_channel?.stock_locations ?? []).flatMap((location: { id: string } | null) =>
    location ? [location.id] : []
  )
  const available = await availableQuantities(scope, { variant_ids: [variantId], location_ids: locationIds })
  return available.get(variantId) ?? 0
}
