/**
 * Which bonus rules a cart has earned. Tiers: the HIGHEST REACHED WINS — of the active
 * rules in the cart's currency whose threshold the net total reaches, only the one with
 * the greatest threshold gives its bonus (ties: the rule made first). A shopper climbing
 * from a $50 tier to a $100 tier swaps the smaller gift for the larger one, so an admin
 * can build a ladder without one rung paying out on top of another.
 */

export type TierRule = { id: string; threshold_amount: unknown; created_at?: Date | string | null }

/** Money is compared to the cent: a total a fraction of a cent short of the threshold has not reached it. */
const cents = (amount: unknown) => Math.round(Number(amount) * 100)

export function earnedRules<R extends TierRule>(rules: R[], netTotal: number): R[] {
  const reached = rules.filter((rule) => cents(netTotal) >= cents(rule.threshold_amount))
  const best = reached.sort(
    (a, b) =>
      cents(b.threshold_amount) - cents(a.threshold_amount) ||
      new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime() ||
      a.id.localeCompare(b.id)
  )[0]
  return best ? [best] : []
}
