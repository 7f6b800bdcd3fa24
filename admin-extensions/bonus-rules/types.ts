export type BonusRule = {
  id: string
  title: string | null
  threshold_amount: number
  currency_code: string
  variant_id: string
  quantity: number
  active: boolean
  product_variant?: {
    id: string
    title: string | null
    sku: string | null
    product?: { id: string; title: string } | null
  } | null
}

export type BonusRuleBody = {
  title?: string | null
  threshold_amount: number
  currency_code: string
  variant_id: string
  quantity: number
  active?: boolean
}

export type BonusRuleListResponse = { bonus_rules: BonusRule[] }
export type BonusRuleResponse = { bonus_rule: BonusRule }
