import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import FederatedStoreProductLink from "../../links/federated-store-product"
import { FEDERATION_MODULE } from "../../modules/federation"
import type FederationModuleService from "../../modules/federation/service"

/**
 * What every ticketed cart change reads and a merchant almost never changes: the stock
 * locations serving a sales channel, and the hold time of the store selling a product.
 * Kept in this process for a few seconds, so a burst of adds reads each once instead of
 * on every add (the hold times: not at all while no store sets its own).
 *
 * Neither decides whether a unit may be held: the reservation under the item's lock does
 * that, against the real level. A stale entry can only pick a location that was just
 * unlinked (the units held there are real reservations, so nothing is oversold) or give a
 * hold the store's previous hold time. The plugin's own store workflows forget the entries
 * on this instance at once (`forgetStockContext`); elsewhere they run out after `TTL_MS`.
 */
const TTL_MS = 10_000

type Entry<T> = { value: T; until: number }
const locationsByChannel = new Map<string, Entry<string[]>>()
const storeOfProduct = new Map<string, Entry<string | null>>()
let holdOverrides: Entry<Map<string, number>> | undefined

const fresh = <T>(entry: Entry<T> | undefined, now: number) => (entry && entry.until > now ? entry : undefined)

/** Forgets every cached entry (a store, its locations or its products changed). */
export function forgetStockContext() {
  locationsByChannel.clear()
  storeOfProduct.clear()
  holdOverrides = undefined
}

/** The stock locations linked to a sales channel (one query on the link table when not cached). */
export async function salesChannelLocations(container: MedusaContainer, salesChannelId: string | null | undefined) {
  if (!salesChannelId) {
    return []
  }
  const now = Date.now()
  const cached = fresh(locationsByChannel.get(salesChannelId), now)
  if (cached) {
    return cached.value
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "sales_channel_location",
    fields: ["stock_location_id"],
    filters: { sales_channel_id: salesChannelId },
  })
  const value = (links as { stock_location_id: string }[]).map((link) => link.stock_location_id)
  locationsByChannel.set(salesChannelId, { value, until: now + TTL_MS })
  return value
}

/**
 * The stores that set their own hold time (`{ store id: minutes }`): few rows, read in one
 * query and cached. Usually empty, and then no product needs looking up at all.
 */
async function storeHoldOverrides(container: MedusaContainer, now: number) {
  const cached = fresh(holdOverrides, now)
  if (cached) {
    return cached.value
  }
  const stores = await container
    .resolve<FederationModuleService>(FEDERATION_MODULE)
    .listFederatedStores({ hold_minutes: { $ne: null } }, { select: ["id", "hold_minutes"] })
  const value = new Map(stores.map((store) => [store.id, store.hold_minutes as number]))
  holdOverrides = { value, until: now + TTL_MS }
  return value
}

/** The store selling each product (null: none), from the link table, cached for a few seconds. */
export async function sellingStores(container: MedusaContainer, productIds: string[], now = Date.now()) {
  const result = new Map<string, string | null>()
  const missing: string[] = []
  for (const id of new Set(productIds)) {
    const cached = fresh(storeOfProduct.get(id), now)
    if (cached) {
      result.set(id, cached.value)
    } else {
      missing.push(id)
    }
  }
  if (missing.length) {
    const { data: links } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: FederatedStoreProductLink.entryPoint,
      fields: ["product_id", "federated_store_id"],
      filters: { product_id: missing },
    })
    const storeOf = new Map(
      (links as { product_id: string; federated_store_id: string }[]).map((link) => [link.product_id, link.federated_store_id])
    )
    for (const id of missing) {
      const storeId = storeOf.get(id) ?? null
      storeOfProduct.set(id, { value: storeId, until: now + TTL_MS })
      result.set(id, storeId)
    }
  }
  return result
}

/**
 * The hold time (minutes, null: the plugin's default) of the store selling each product.
 * Products of no store, and of stores without a hold time of their own, map to null.
 */
export async function storeHoldMinutes(container: MedusaContainer, productIds: string[]) {
  const now = Date.now()
  const overrides = await storeHoldOverrides(container, now)
  if (!overrides.size) {
    return new Map(productIds.map((id) => [id, null]))
  }
  const stores = await sellingStores(container, productIds, now)
  return new Map([...stores].map(([id, storeId]) => [id, storeId ? (overrides.get(storeId) ?? null) : null]))
}
