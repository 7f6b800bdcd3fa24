import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PURCHASE_RULES_MODULE } from "../../modules/purchase-rules"
import type PurchaseRulesModuleService from "../../modules/purchase-rules/service"

export type PurchaseRuleInput = {
  product_id: string
  limit_quantity?: number | null
  limit_amount?: number | null
  limit_period_days?: number | null
  requires_product_id?: string | null
}

type Saved = Required<Omit<PurchaseRuleInput, "product_id">> & { id: string }

const ruleFields = (rule: Omit<PurchaseRuleInput, "product_id">) => ({
  limit_quantity: rule.limit_quantity ?? null,
  limit_amount: rule.limit_amount ?? null,
  limit_period_days: rule.limit_period_days ?? null,
  requires_product_id: rule.requires_product_id ?? null,
})

export const setPurchaseRuleStep = createStep(
  "set-purchase-rule",
  async ({ product_id, ...rule }: PurchaseRuleInput, { container }) => {
    const purchaseRules: PurchaseRulesModuleService = container.resolve(PURCHASE_RULES_MODULE)
    const [previous] = await purchaseRules.listPurchaseRules({ product_id })
    const saved = previous
      ? await purchaseRules.updatePurchaseRules({ id: previous.id, ...ruleFields(rule) })
      : await purchaseRules.createPurchaseRules({ product_id, ...ruleFields(rule) })
    const undo: { created_id: string | null; previous: Saved | null } = {
      created_id: previous ? null : saved.id,
      previous: previous
        ? {
            id: previous.id,
            ...ruleFields({ ...previous, limit_amount: previous.limit_amount === null ? null : Number(previous.limit_amount) }),
          }
        : null,
    }
    return new StepResponse(saved, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const purchaseRules: PurchaseRulesModuleService = container.resolve(PURCHASE_RULES_MODULE)
    if (undo.created_id) {
      await purchaseRules.deletePurchaseRules(undo.created_id)
    } else if (undo.previous) {
      await purchaseRules.updatePurchaseRules(undo.previous)
    }
  }
)
