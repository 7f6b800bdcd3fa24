import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PARTNER_MODULE } from "../../../modules/partner"
import type PartnerModuleService from "../../../modules/partner/service"
import { PURCHASE_RULES_MODULE } from "../../../modules/purchase-rules"
import { missingRequirement } from "../../../modules/purchase-rules/rules"
import type PurchaseRulesModuleService from "../../../modules/purchase-rules/service"
import { VISIBILITY_MODULE } from "../../../modules/visibility"
import type VisibilityModuleService from "../../../modules/visibility/service"
import { accountOrderLines } from "./account-purchases"

/**
 * The products a cart's partner accounts own: asserted by their latest handshake
 * (`owns`, by handle), or bought in an earlier order.
 */
async function ownedByCartAccounts(scope: MedusaContainer, cartId: string): Promise<Set<string>> {
  const visibility: VisibilityModuleService = scope.resolve(VISIBILITY_MODULE)
  const accountIds = [...new Set((await visibility.partnerAccountsOf(cartId)).map((bound) => bound.partner_account_id))]
  if (!accountIds.length) {
    return new Set()
  }
  const partners: PartnerModuleService = scope.resolve(PARTNER_MODULE)
  const accounts = await partners.listPartnerAccounts({ id: accountIds }, { select: ["owned_product_handles"] })
  const handles = accounts.flatMap((account) => account.owned_product_handles ?? [])
  const { data: asserted } = handles.length
    ? await scope
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["id"], filters: { handle: handles } })
    : { data: [] }
  const bought = await Promise.all(accountIds.map((id) => accountOrderLines(scope, id)))
  return new Set([...asserted.map((product) => product.id), ...bought.flat().map((line) => line.product_id)])
}

/**
 * Refuses a cart holding (or about to hold) a product whose required product is neither
 * in the cart nor owned by the cart's partner account: turns need a membership.
 */
export async function refuseUnmetRequirements(scope: MedusaContainer, cartId: string, productIds: string[], inCart: Set<string>) {
  const purchaseRules: PurchaseRulesModuleService = scope.resolve(PURCHASE_RULES_MODULE)
  const rules = productIds.length
    ? await purchaseRules.listPurchaseRules({ product_id: productIds, requires_product_id: { $ne: null } })
    : []
  const unmet = rules.filter((rule) => !inCart.has(rule.requires_product_id!))
  if (!unmet.length) {
    return
  }
  const owned = await ownedByCartAccounts(scope, cartId)
  const missing = unmet.find((rule) => !owned.has(rule.requires_product_id!))
  if (!missing) {
    return
  }
  const { data: products } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title"],
    filters: { id: [missing.product_id, missing.requires_product_id!] },
  })
  const title = (id: string) => products.find((product) => product.id === id)?.title ?? id
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    missingRequirement(title(missing.product_id), title(missing.requires_product_id!))
  )
}
