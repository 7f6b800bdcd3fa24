// Type-only: erased from the admin bundle, so the counts' meaning stays documented in one place.
import type { StockCounts } from "../../src/api/admin/products/[id]/ticket-stock/stock-counts"

export type TicketStatus = "held" | "released" | "expired" | "purchased"

/** `live`: held and not yet run out (the API's default). */
export type TicketListStatus = "live" | "expired" | "released" | "purchased" | "held"

type StoreRef = { id: string; name: string; handle: string }
type ProductRef = { id: string; title: string }

export type AdminTicket = {
  id: string
  cart_id: string
  line_item_id: string
  variant_id: string
  inventory_item_id: string
  location_id: string
  quantity: number
  status: TicketStatus
  expires_at: string
  ended_at: string | null
  end_reason: string | null
  created_at: string
  is_live: boolean
  variant: { id: string; title: string | null; sku: string | null }
  product: ProductRef | null
  federated_store: StoreRef | null
  location: { id: string; name: string | null }
}

export type TicketFilters = {
  status: TicketListStatus
  federated_store_id?: string
  product_id?: string
  q?: string
  cart_id?: string
}

export type TicketListQuery = TicketFilters & { limit: number; offset: number }

export type TicketListResponse = { tickets: AdminTicket[]; count: number; limit: number; offset: number }

export type TicketResponse = { ticket: AdminTicket }

type HoldTally = { ticket_count: number; held_quantity: number; next_expires_at: string }

export type TicketSummaryResponse = {
  stores: (HoldTally & { federated_store: StoreRef | null; products: (HoldTally & { product: ProductRef | null })[] })[]
  ticket_count: number
  held_quantity: number
}

export type VariantTicketStock = {
  id: string
  title: string
  sku: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  /** null: stock not tracked or backorder allowed. */
  available_quantity: number | null
  inventory_items: (StockCounts & {
    inventory_item_id: string
    title: string | null
    sku: string | null
    required_quantity: number
    held_by_variant_quantity: number
    locations: (StockCounts & { location: { id: string; name: string | null } })[]
  })[]
}

export type ProductTicketStockResponse = {
  product: ProductRef
  variants: VariantTicketStock[]
}
