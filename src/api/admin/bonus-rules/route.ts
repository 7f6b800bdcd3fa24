import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { saveBonusRuleWorkflow } from "../../../workflows/save-bonus-rule"
import { listBonusRules, retrieveBonusRule } from "./bonus-rule-rows"
import type { AdminCreateBonusRuleType } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ bonus_rules: await listBonusRules(req.scope) })
}

export async function POST(req: MedusaRequest<AdminCreateBonusRuleType>, res: MedusaResponse) {
  const { result } = await saveBonusRuleWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ bonus_rule: await retrieveBonusRule(req.scope, result.id) })
}
