import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PURCHASE_RULES_MODULE } from "../../../../../modules/purchase-rules"
import type PurchaseRulesModuleService from "../../../../../modules/purchase-rules/service"
import { setPurchaseRuleWorkflow } from "../../../../../workflows/set-purchase-rule"
import type { AdminSetPurchaseRuleType } from "./validators"

async function purchaseRule(req: MedusaRequest) {
  const purchaseRules: PurchaseRulesModuleService = req.scope.resolve(PURCHASE_RULES_MODULE)
  const [rule] = await purchaseRules.listPurchaseRules({ product_id: req.params.id })
  return {
    product_id: req.params.id,
    limit_quantity: rule?.limit_quantity ?? null,
    limit_amount: rule?.limit_amount == null ? null : Number(rule.limit_amount),
    limit_period_days: rule?.limit_period_days ?? null,
    requires_product_id: rule?.requires_product_id ?? null,
  }
}

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ purchase_rule: await purchaseRule(req) })
}

export async function POST(req: MedusaRequest<AdminSetPurchaseRuleType>, res: MedusaResponse) {
  if (req.validatedBody.requires_product_id === req.params.id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A product cannot require itself.")
  }
  await setPurchaseRuleWorkflow(req.scope).run({ input: { ...req.validatedBody, product_id: req.params.id } })
  res.json({ purchase_rule: await purchaseRule(req) })
}
