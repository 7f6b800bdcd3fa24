import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { bonusRulesApi } from "./api"
import type { BonusRuleBody } from "./types"

const bonusRulesKey = ["federated-cart", "bonus-rules"] as const

export const useBonusRules = () => useQuery({ queryKey: bonusRulesKey, queryFn: bonusRulesApi.list })

const useInvalidateBonusRules = () => {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: bonusRulesKey })
}

/** Creates a rule, or changes the one named by `id` (`{ active: false }` deactivates it). */
export const useSaveBonusRule = () => {
  const invalidate = useInvalidateBonusRules()
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: Partial<BonusRuleBody> }) =>
      id ? bonusRulesApi.update(id, body) : bonusRulesApi.create(body as BonusRuleBody),
    onSuccess: invalidate,
  })
}
