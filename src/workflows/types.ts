export type FederatedStoreData = {
  name: string
  handle: string
  tagline?: string | null
  description?: string | null
  accent_color?: string | null
  contact_name?: string | null
  contact_email: string
  contact_phone?: string | null
  distributor_url: string
  hold_minutes?: number | null
  metadata?: Record<string, unknown> | null
}

export type FederatedStoreUpdate = Partial<FederatedStoreData> & { id: string }

export type CreateFederatedStoreInput = FederatedStoreData & {
  /** Existing locations to serve from; a new one named after the store when empty. */
  stock_location_ids?: string[]
}

export type BookmarkInput = { url: string; title?: string | null }

export type AddFederatedLineItemInput = {
  cart_id: string
  variant_id: string
  quantity: number
  bookmark: BookmarkInput
}

export type AssignFederatedStoreProductsInput = {
  id: string
  add?: string[]
  remove?: string[]
}
