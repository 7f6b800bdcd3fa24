export const PRODUCT_KINDS = ["public", "protected", "private", "prepaid"] as const
export type ProductKind = (typeof PRODUCT_KINDS)[number]

export type ProductVisibility = { product_id: string; kind: ProductKind; partner_id: string | null }
export type ProductVisibilityResponse = { product_visibility: ProductVisibility }
export type SetProductVisibilityBody = { kind: ProductKind; partner_id?: string | null }

export type PurchaseRule = {
  product_id: string
  limit_quantity: number | null
  limit_amount: number | null
  limit_period_days: number | null
  requires_product_id: string | null
}
export type PurchaseRuleResponse = { purchase_rule: PurchaseRule }
export type SetPurchaseRuleBody = Omit<PurchaseRule, "product_id">
