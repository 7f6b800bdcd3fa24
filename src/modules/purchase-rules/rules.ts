/** A product's purchase rule as the checks read it. */
export type PurchaseLimit = {
  limit_quantity: number | null
  limit_amount: number | null
  limit_period_days: number | null
}

/** Units and money of one product. */
export type Spend = { quantity: number; amount: number }

export const NOTHING: Spend = { quantity: 0, amount: 0 }
export const addSpend = (a: Spend, b: Spend): Spend => ({ quantity: a.quantity + b.quantity, amount: a.amount + b.amount })
/** The units and money of some lines together. */
export const sumSpend = (lines: Spend[]): Spend => lines.reduce(addSpend, NOTHING)

/** Since when purchases count against the limit: the period's start, or ever. */
export const countedSince = (rule: PurchaseLimit, now: Date): Date | null =>
  rule.limit_period_days ? new Date(now.getTime() - rule.limit_period_days * 86_400_000) : null

const money = (amount: number) => amount.toFixed(2)
// Money compared in cents: 0.1 + 0.2 must not exceed 0.3.
const cents = (amount: number) => Math.round(amount * 100)

/**
 * Why an account that already bought `bought` may not have `wanted` more of a product,
 * or null when it may.
 */
export function limitProblem(rule: PurchaseLimit, title: string, bought: Spend, wanted: Spend): string | null {
  const per = `per account${rule.limit_period_days ? ` every ${rule.limit_period_days} days` : ""}`
  if (rule.limit_quantity !== null && bought.quantity + wanted.quantity > rule.limit_quantity) {
    const left = Math.max(0, rule.limit_quantity - bought.quantity)
    return `${title} is limited to ${rule.limit_quantity} ${per}: this account can buy ${left} more.`
  }
  if (rule.limit_amount !== null && cents(bought.amount + wanted.amount) > cents(rule.limit_amount)) {
    const left = Math.max(0, rule.limit_amount - bought.amount)
    return `${title} is limited to ${money(rule.limit_amount)} ${per}: this account can spend ${money(left)} more.`
  }
  return null
}

export const missingRequirement = (title: string, required: string) =>
  `${title} needs ${required}: add ${required} to the cart first.`
