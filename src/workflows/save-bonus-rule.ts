import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BonusRuleInput, saveBonusRuleStep, validateBonusVariantStep } from "./steps/save-bonus-rule"

/**
 * An admin creates a bonus rule (no id) or edits or deactivates one. Carts follow a new
 * rule at their next change: the refresh runs with every change to a cart's total.
 */
export const saveBonusRuleWorkflow = createWorkflow("save-bonus-rule", (input: WorkflowData<BonusRuleInput>) => {
  validateBonusVariantStep(input)
  return new WorkflowResponse(saveBonusRuleStep(input))
})
