import { z } from "@medusajs/framework/zod"

export const AdminSetPurchaseRule = z
  .object({
    limit_quantity: z.number().int().min(1).nullish(),
    limit_amount: z.number().positive().nullish(),
    limit_period_days: z.number().int().min(1).max(3650).nullish(),
    requires_product_id: z.string().trim().min(1).nullish(),
  })
  .strict()
  .refine((rule) => !rule.limit_period_days || rule.limit_quantity || rule.limit_amount, {
    message: "limit_period_days needs limit_quantity or limit_amount",
    path: ["limit_period_days"],
  })
export type AdminSetPurchaseRuleType = z.infer<typeof AdminSetPurchaseRule>
