import { cartMoney, MoneyCredit, MoneyLine } from "./store-totals"

/**
 * Bonus lines: the free units a bonus rule puts in a cart. One is a $0 custom-priced line
 * whose metadata names its rule (`bonus_rule_id`); the shopper's adds are refused that
 * key, so a line carrying it is the system's.
 */
export const BONUS_RULE_KEY = "bonus_rule_id"
/** Cart metadata listing the bonuses the cart earned but could not get (out of stock). */
export const BONUS_NOTICES_KEY = "bonus_notices"

export type BonusNotice = { bonus_rule_id: string; variant_id: string; message: string }

export const bonusRuleOf = (line: { metadata?: Record<string, unknown> | null }) =>
  typeof line.metadata?.[BONUS_RULE_KEY] === "string" ? (line.metadata[BONUS_RULE_KEY] as string) : null

export const isBonusLine = (line: { metadata?: Record<string, unknown> | null }) => bonusRuleOf(line) !== null

type BonusCart = {
  metadata?: Record<string, unknown> | null
  items?: ({ metadata?: Record<string, unknown> | null } | null)[] | null
}

/** Whether a cart shows anything a bonus rule put there: a bonus line or a notice. */
export const showsBonus = (cart: BonusCart) =>
  (cart.items ?? []).some((line) => !!line && isBonusLine(line)) ||
  ((cart.metadata?.[BONUS_NOTICES_KEY] as unknown[] | null | undefined) ?? []).length > 0

/**
 * The total bonus thresholds are measured against: every line but the bonus lines, after
 * its discounts, less the cart's credits, across all stores (taxes and shipping aside).
 */
export function bonusNetTotal(lines: MoneyLine[], credits: MoneyCredit[]) {
  const { cart } = cartMoney(
    lines.filter((line) => !isBonusLine(line)),
    credits,
    new Map()
  )
  return cart.lines - cart.credits
}
