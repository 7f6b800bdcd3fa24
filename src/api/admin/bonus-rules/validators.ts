import { z } from "@medusajs/framework/zod"

const ruleFields = {
  title: z.string().trim().max(200).nullish(),
  threshold_amount: z.number().positive("threshold_amount must be more than 0").max(1e9),
  currency_code: z.string().trim().toLowerCase().length(3, "currency_code is a 3-letter ISO code"),
  variant_id: z.string().trim().min(1, "variant_id must name the variant to give away"),
  quantity: z.number().int("quantity must be a whole number").min(1).max(100),
  active: z.boolean(),
}

export const AdminCreateBonusRule = z
  .object({ ...ruleFields, quantity: ruleFields.quantity.default(1), active: ruleFields.active.default(true) })
  .strict()
export type AdminCreateBonusRuleType = z.infer<typeof AdminCreateBonusRule>

// Any subset; `{ "active": false }` deactivates a rule.
export const AdminUpdateBonusRule = z.object(ruleFields).partial().strict()
export type AdminUpdateBonusRuleType = z.infer<typeof AdminUpdateBonusRule>
