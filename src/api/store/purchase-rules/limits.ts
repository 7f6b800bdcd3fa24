import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { PURCHASE_RULES_MODULE } from "../../../modules/purchase-rules"
import { countedSince, limitProblem, NOTHING, PurchaseLimit, Spend, sumSpend } from "../../../modules/purchase-rules/rules"
import type PurchaseRulesModuleService from "../../../modules/purchase-rules/service"
import { VISIBILITY_MODULE } from "../../../modules/visibility"
import type VisibilityModuleService from "../../../modules/visibility/service"
import { boughtByAccount, heldByAccountElsewhere } from "./account-purchases"

/**
 * Some units of a product a cart wants to hold after a change; `kept` when the cart holds
 * them already and the change leaves them (the other lines of a product being added to).
 */
export type Wanted = { product_id: string; title: string; quantity: number; unit_price: number; kept?: boolean }

/**
 * A limited product in a cart, with the partner account its purchases count against:
 * what the cart keeps of it, and what the change adds (at checkout, all of it).
 */
export type LimitedPurchase = {
  product_id: string
  title: string
  rule: PurchaseLimit
  account_id: string
  kept: Spend
  adding: Spend
}

const spendOf = (units: Wanted[]) =>
  sumSpend(units.map((unit) => ({ quantity: unit.quantity, amount: unit.quantity * unit.unit_price })))

/**
 * The limited products among what a cart wants, each counted against the cart's
 * partner account for that product's partner. A cart bound to no account buys nothing
 * protected (it cannot see it), so it has no limited purchase either.
 */
export async function limitedPurchases(scope: MedusaContainer, cartId: string, wanted: Wanted[]): Promise<LimitedPurchase[]> {
  const productIds = [...new Set(wanted.map((want) => want.product_id))]
  if (!productIds.length) {
    return []
  }
  const purchaseRules: PurchaseRulesModuleService = scope.resolve(PURCHASE_RULES_MODULE)
  const rules = (await purchaseRules.listPurchaseRules({ product_id: productIds })).filter(
    (rule) => rule.limit_quantity !== null || rule.limit_amount !== null
  )
  if (!rules.length) {
    return []
  }
  const visibility: VisibilityModuleService = scope.resolve(VISIBILITY_MODULE)
  const [kinds, accounts] = await Promise.all([
    visibility.listProductVisibilities({ product_id: rules.map((rule) => rule.product_id) }),
    visibility.partnerAccountsOf(cartId),
  ])
  return rules.flatMap((rule) => {
    const partnerId = kinds.find((kind) => kind.product_id === rule.product_id)?.partner_id ?? null
    const account = accounts.find((bound) => !partnerId || bound.partner_id === partnerId)
    const units = wanted.filter((want) => want.product_id === rule.product_id)
    if (!account) {
      return []
    }
    return [
      {
        product_id: rule.product_id,
        title: units[0].title,
        account_id: account.partner_account_id,
        rule: {
          limit_quantity: rule.limit_quantity,
          limit_amount: rule.limit_amount === null ? null : Number(rule.limit_amount),
          limit_period_days: rule.limit_period_days,
        },
        kept: spendOf(units.filter((unit) => unit.kept)),
        adding: spendOf(units.filter((unit) => !unit.kept)),
      },
    ]
  })
}

/**
 * Refuses, in a sentence the shopper understands, a purchase that would pass its
 * account's limit. What the account bought counts; with `heldOutside`, so does what it
 * holds in its other open carts (for a line being added or grown), so several carts of
 * one account cannot fill past a limit together. Checkout counts orders only: the open
 * carts were counted when their lines went in, and counting them again would let an
 * abandoned cart block a checkout.
 */
export async function refuseOverLimit(
  scope: MedusaContainer,
  purchases: LimitedPurchase[],
  { heldOutside, now = new Date() }: { heldOutside?: string; now?: Date } = {}
) {
  for (const purchase of purchases) {
    const [bought, held] = await Promise.all([
      boughtByAccount(scope, purchase.account_id, purchase.product_id, countedSince(purchase.rule, now)),
      heldOutside ? heldByAccountElsewhere(scope, purchase.account_id, purchase.product_id, heldOutside) : NOTHING,
    ])
    // What the cart keeps counts as the account's already: "can buy N more" is what it may still add.
    const problem = limitProblem(purchase.rule, purchase.title, sumSpend([bought, held, purchase.kept]), purchase.adding)
    if (problem) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
    }
  }
}

/** The lock keys of the accounts whose limits a checkout counts against, in one order for every caller. */
export const accountLockKeys = (purchases: LimitedPurchase[]) =>
  [...new Set(purchases.map((purchase) => `purchase-limit:${purchase.account_id}`))].sort()
