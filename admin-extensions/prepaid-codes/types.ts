export type PrepaidCodeStatus = "issued" | "reserved" | "redeemed" | "revoked"
export const PREPAID_CODE_STATUSES: PrepaidCodeStatus[] = ["issued", "reserved", "redeemed", "revoked"]

export type OrderRef = { id: string; display_id: number | null } | null

export type PrepaidCode = {
  id: string
  product_id: string
  product_title: string | null
  variant_id: string
  last4: string
  status: PrepaidCodeStatus
  batch_id: string | null
  email: string | null
  issued_order: OrderRef
  redeemed_order: OrderRef
  reserved_cart_id: string | null
  created_at: string
}

export type PrepaidCodeFilters = { last4?: string; status?: PrepaidCodeStatus; order_id?: string; limit: number; offset: number }
export type PrepaidCodeListResponse = { prepaid_codes: PrepaidCode[]; count: number; limit: number; offset: number }
export type GeneratedBatch = {
  batch_id: string
  variant_id: string
  codes: { id: string; code: string; last4: string }[]
  csv: string
}
