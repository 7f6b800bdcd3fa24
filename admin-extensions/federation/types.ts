export type FederatedStore = {
  id: string
  name: string
  handle: string
  tagline: string | null
  description: string | null
  accent_color: string | null
  contact_name: string | null
  contact_email: string
  contact_phone: string | null
  distributor_url?: string
  /** Minutes a shopper's hold lasts for this store's products; null: the plugin's default. */
  hold_minutes?: number | null
  product_count?: number
  created_at: string
  updated_at: string
}

export type FederatedStoreListQuery = {
  q?: string
  limit: number
  offset: number
}

export type FederatedStoreListResponse = {
  federated_stores: FederatedStore[]
  count: number
  limit: number
  offset: number
}

export type FederatedStoreResponse = { federated_store: FederatedStore }

/** A new signing secret: in clear in this answer only. */
export type IssuedDistributorSecret = { secret: string; hint: string }

export type CreatedFederatedStoreResponse = FederatedStoreResponse & { distributor_secret: IssuedDistributorSecret }

export type DistributorSecretResponse = { distributor_secret: { hint: string; updated_at: string } | null }

export type RotatedDistributorSecretResponse = { distributor_secret: IssuedDistributorSecret }

export type ProductFederatedStoreResponse = { federated_store: FederatedStore | null }

export type FederatedStoreDeleteResponse = {
  id: string
  object: "federated_store"
  deleted: boolean
}

type RequiredStoreFields = {
  name: string
  handle: string
  contact_email: string
  distributor_url: string
}

type OptionalStoreFields = {
  tagline: string
  description: string
  accent_color: string
  contact_name: string
  contact_phone: string
}

export type CreateFederatedStoreBody = RequiredStoreFields & Partial<OptionalStoreFields> & { hold_minutes?: number }

// null clears an optional field; required fields can only be replaced.
export type UpdateFederatedStoreBody = Partial<RequiredStoreFields> & {
  [K in keyof OptionalStoreFields]?: OptionalStoreFields[K] | null
} & {
  hold_minutes?: number | null
}

export type FederatedStoreProductsBody = {
  add?: string[]
  remove?: string[]
}
