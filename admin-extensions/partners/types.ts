export type PartnerKey = { id: string; secret_hint: string; expires_at: string | null; created_at: string }
export type Partner = {
  id: string
  name: string
  return_url: string | null
  delivery_url: string | null
  created_at: string
  keys: PartnerKey[]
}
export type SigningKey = { key_id: string; secret: string }
export type PartnerListResponse = { partners: Partner[] }
export type PartnerWithSecretResponse = { partner: Partner; signing_key: SigningKey }
export type CreatePartnerBody = { name: string; return_url?: string | null; delivery_url?: string | null }
export type UpdatePartnerBody = { name?: string; return_url?: string | null; delivery_url?: string | null }
export type PartnerResponse = { partner: Partner }

export type Spend = { quantity: number; amount: number }
export type PartnerLimit = {
  product_id: string
  title: string
  limit_quantity: number | null
  limit_amount: number | null
  limit_period_days: number | null
}
export type AccountSpend = {
  id: string
  account_ref: string
  display_name: string | null
  spend: { product_id: string; bought: Spend; held: Spend }[]
}
export type PartnerSpendResponse = { partner_id: string; limits: PartnerLimit[]; accounts: AccountSpend[] }
