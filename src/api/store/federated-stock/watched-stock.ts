import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { TICKETING_MODULE } from "../../../modules/ticketing"
import type TicketingModuleService from "../../../modules/ticketing/service"
import { unitsNeeded, VARIANT_STOCK_FIELDS, VariantStock } from "../../../modules/ticketing/stock"
import { availableQuantities } from "../../../workflows/utils/availability"
import { locationsServing } from "../federated-stores/catalogue"

/** The variants a storefront page watches, each with the inventory items its count depends on. */
export type WatchedStock = {
  items_by_variant: Map<string, string[]>
  location_ids: string[]
}

export type StockCounts = Record<string, number | null>

type WatchableVariant = VariantStock & {
  product?: { status?: string | null; sales_channels?: ({ id: string } | null)[] | null } | null
}

/**
 * What a storefront may watch: variants of published products sold through its
 * publishable key's sales channels, counted at the locations serving those channels (as
 * the catalogue counts them). Any other id is left out rather than refused, so a page
 * cannot learn from the answer which hidden variants exist.
 */
export async function resolveWatchedStock(
  scope: MedusaContainer,
  { variant_ids, sales_channel_ids }: { variant_ids: string[]; sales_channel_ids: string[] }
): Promise<WatchedStock> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data }, location_ids] = await Promise.all([
    query.graph({
      entity: "product_variant",
      fields: [...VARIANT_STOCK_FIELDS, "product.status", "product.sales_channels.id"],
      filters: { id: variant_ids },
    }),
    locationsServing(scope, sales_channel_ids),
  ])
  const channels = new Set(sales_channel_ids)
  const sold = (data as WatchableVariant[]).filter(
    (variant) =>
      variant.product?.status === ProductStatus.PUBLISHED &&
      (variant.product.sales_channels ?? []).some((channel) => channel && channels.has(channel.id))
  )
  return {
    items_by_variant: new Map(sold.map((variant) => [variant.id, unitsNeeded(variant, 1).map((need) => need.inventory_item_id)])),
    location_ids,
  }
}

/** Counts of some watched variants (all of them by default) at an instant. */
export async function countWatchedStock(
  scope: MedusaContainer,
  watched: WatchedStock,
  { variant_ids = [...watched.items_by_variant.keys()], now = new Date() }: { variant_ids?: string[]; now?: Date } = {}
): Promise<StockCounts> {
  const counts = await availableQuantities(scope, { variant_ids, location_ids: watched.location_ids, now })
  return Object.fromEntries(variant_ids.map((id) => [id, counts.get(id) ?? null]))
}

/**
 * When the next live hold on the watched items runs out. Its units become free at that
 * instant without any event (the sweep comes later), so a live count must be pushed then.
 */
export async function nextRunOut(scope: MedusaContainer, watched: WatchedStock, now: Date): Promise<Date | null> {
  const itemIds = [...new Set([...watched.items_by_variant.values()].flat())]
  if (!itemIds.length || !watched.location_ids.length) {
    return null
  }
  const ticketing: TicketingModuleService = scope.resolve(TICKETING_MODULE)
  const [first] = await ticketing.listTickets(
    { inventory_item_id: itemIds, location_id: watched.location_ids, status: "held", expires_at: { $gt: now } },
    { select: ["expires_at"], order: { expires_at: "ASC" }, take: 1 }
  )
  return first ? new Date(first.expires_at) : null
}
