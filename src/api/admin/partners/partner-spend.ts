import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PURCHASE_RULES_MODULE } from "../../../modules/purchase-rules"
import { countedSince, sumSpend } from "../../../modules/purchase-rules/rules"
import type PurchaseRulesModuleService from "../../../modules/purchase-rules/service"
import { VISIBILITY_MODULE } from "../../../modules/visibility"
import type VisibilityModuleService from "../../../modules/visibility/service"
import { accountCartLines, accountOrderLines } from "../../store/purchase-rules/account-purchases"
import { retrievePartner } from "./partner-fields"

// A partner's account as retrievePartner reads it. Typed here: Medusa's query types exist only
// once a server has generated .medusa/types (with them, the assignment below is checked).
type PartnerAccountRow = { id: string; account_ref: string; display_name: string | null }
type Counted = { product_id: string; quantity: number; amount: number }
const sumOf = (lines: Counted[], productId: string) => sumSpend(lines.filter((line) => line.product_id === productId))

/**
 * The limited products a partner's accounts buy against: every product with a quantity or
 * money limit that is not protected for another partner (as the add and checkout checks
 * pick an account for a product).
 */
async function limitsOfPartner(scope: MedusaContainer, partnerId: string) {
  const purchaseRules: PurchaseRulesModuleService = scope.resolve(PURCHASE_RULES_MODULE)
  const rules = await purchaseRules.listPurchaseRules({
    $or: [{ limit_quantity: { $ne: null } }, { limit_amount: { $ne: null } }],
  })
  if (!rules.length) {
    return []
  }
  const productIds = rules.map((rule) => rule.product_id)
  const visibility: VisibilityModuleService = scope.resolve(VISIBILITY_MODULE)
  const [kinds, { data: products }] = await Promise.all([
    visibility.listProductVisibilities({ product_id: productIds }, { select: ["product_id", "partner_id"] }),
    scope
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "product", fields: ["id", "title"], filters: { id: productIds } }),
  ])
  const ownerOf = new Map(kinds.map((kind) => [kind.product_id, kind.partner_id]))
  return rules
    .filter((rule) => (ownerOf.get(rule.product_id) ?? partnerId) === partnerId)
    .map((rule) => ({
      product_id: rule.product_id,
      title: products.find((product) => product.id === rule.product_id)?.title ?? rule.product_id,
      limit_quantity: rule.limit_quantity,
      limit_amount: rule.limit_amount === null ? null : Number(rule.limit_amount),
      limit_period_days: rule.limit_period_days,
    }))
}

/**
 * What each account of a partner has spent against its limits, counted as the add and
 * checkout checks count it: `bought` in orders within each limit's period, `held` in the
 * account's open carts (counted on add, not yet bought).
 */
export async function partnerSpend(scope: MedusaContainer, partnerId: string, now = new Date()) {
  const partner = await retrievePartner(scope, partnerId)
  const limits = await limitsOfPartner(scope, partnerId)
  const partnerAccounts: (PartnerAccountRow | null)[] = partner.accounts ?? []
  const accounts = await Promise.all(
    partnerAccounts
      .flatMap((account) => (account ? [account] : []))
      .map(async (account) => {
        const [bought, held] = limits.length
          ? await Promise.all([accountOrderLines(scope, account.id), accountCartLines(scope, account.id)])
          : [[], []]
        return {
          id: account.id,
          account_ref: account.account_ref,
          display_name: account.display_name,
          spend: limits.map((limit) => {
            const since = countedSince(limit, now)
            return {
              product_id: limit.product_id,
              bought: sumOf(since ? bought.filter((line) => line.at >= since) : bought, limit.product_id),
              held: sumOf(held, limit.product_id),
            }
          }),
        }
      })
  )
  return { partner_id: partnerId, limits, accounts }
}
