import type { PrepaidLine } from "../../../modules/prepaid-code/line"
import type { LineTicket } from "./ticket-state"
import type { LineDelivery } from "./line-delivery/line-delivery"

export type StoreSummary = { id: string; name: string; handle: string; accent_color?: string | null }

export type CartLine = {
  id: string
  variant_id: string | null
  product_id: string | null
  product_handle: string | null
  title: string
  product_title: string | null
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  ticket?: LineTicket
  delivery?: LineDelivery
  /** Set on a free bonus line: the rule that put it in the cart (its quantity is not the shopper's). */
  bonus_rule_id?: string | null
  /** Set on a line redeemed with a prepaid code: $0, its list price shown crossed out. */
  prepaid?: PrepaidLine | null
}

export type BookmarkRecord = {
  line_item_id: string | null
  federated_store_id: string
  url: string
  title: string | null
  created_at: Date | string
}

export type FederatedCartLine = CartLine & {
  subtotal: number
  bookmark: { url: string; title: string | null } | null
}

export type StoreGroup = {
  federated_store: StoreSummary
  subtotal: number
  items: FederatedCartLine[]
}

const instant = (value: Date | string) => new Date(value).getTime()

/**
 * Shapes a cart for shoppers: its lines under the store that sells them, each with the
 * page it was last added from, and every page the cart was ever filled from (newest
 * first, one entry per page). A line with no recorded store (added through Medusa's own
 * route) falls under the store that sells its product.
 */
export function groupLinesByStore(
  lines: CartLine[],
  bookmarks: BookmarkRecord[],
  stores: Map<string, StoreSummary>,
  storeOfProduct: Map<string, string>
) {
  const newestFirst = [...bookmarks].sort((a, b) => instant(b.created_at) - instant(a.created_at))
  const latestForLine = new Map<string, BookmarkRecord>()
  for (const record of newestFirst) {
    if (record.line_item_id && !latestForLine.has(record.line_item_id)) {
      latestForLine.set(record.line_item_id, record)
    }
  }

  const groups = new Map<string, StoreGroup>()
  const unassigned: FederatedCartLine[] = []
  for (const line of lines) {
    const record = latestForLine.get(line.id)
    const storeId = record?.federated_store_id ?? storeOfProduct.get(line.product_id ?? "")
    const store = storeId ? stores.get(storeId) : undefined
    const item: FederatedCartLine = {
      ...line,
      subtotal: line.unit_price * line.quantity,
      bookmark: record ? { url: record.url, title: record.title } : null,
    }
    if (!store) {
      unassigned.push(item)
      continue
    }
    const group = groups.get(store.id) ?? { federated_store: store, subtotal: 0, items: [] }
    group.items.push(item)
    group.subtotal += item.subtotal
    groups.set(store.id, group)
  }

  const seenUrls = new Set<string>()
  const pages = newestFirst.flatMap((record) => {
    const store = stores.get(record.federated_store_id)
    if (seenUrls.has(record.url) || !store) {
      return []
    }
    seenUrls.add(record.url)
    return [{ url: record.url, title: record.title, federated_store: store, added_at: record.created_at }]
  })

  const byName = (a: StoreGroup, b: StoreGroup) => a.federated_store.name.localeCompare(b.federated_store.name)
  return { stores: [...groups.values()].sort(byName), unassigned, bookmarks: pages }
}
