import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { saveBonusRuleWorkflow } from "../../../../workflows/save-bonus-rule"
import { retrieveBonusRule } from "../bonus-rule-rows"
import type { AdminUpdateBonusRuleType } from "../validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ bonus_rule: await retrieveBonusRule(req.scope, req.params.id) })
}

/** Edits a rule; `{ "active": false }` deactivates it (rules are kept: past bonus lines name them). */
export async function POST(req: MedusaRequest<AdminUpdateBonusRuleType>, res: MedusaResponse) {
  await retrieveBonusRule(req.scope, req.params.id)
  await saveBonusRuleWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ bonus_rule: await retrieveBonusRule(req.scope, req.params.id) })
}
