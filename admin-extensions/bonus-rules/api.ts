import { sdk } from "../lib/sdk"
import type { BonusRuleBody, BonusRuleListResponse, BonusRuleResponse } from "./types"

const bonusRulesPath = "/admin/bonus-rules"

export const bonusRulesApi = {
  list: () => sdk.client.fetch<BonusRuleListResponse>(bonusRulesPath),

  create: (body: BonusRuleBody) => sdk.client.fetch<BonusRuleResponse>(bonusRulesPath, { method: "POST", body }),

  update: (id: string, body: Partial<BonusRuleBody>) =>
    sdk.client.fetch<BonusRuleResponse>(`${bonusRulesPath}/${encodeURIComponent(id)}`, { method: "POST", body }),
}
