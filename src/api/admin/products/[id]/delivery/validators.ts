import { z } from "@medusajs/framework/zod"
import { DELIVERY_KINDS, GOODS, settingProblem } from "../../../../../modules/product-delivery/rules"

export const AdminSetProductDelivery = z
  .object({
    goods: z.enum(GOODS),
    kinds: z.array(z.enum(DELIVERY_KINDS)).min(1),
    default_kind: z.enum(DELIVERY_KINDS).nullish(),
  })
  .strict()
  .superRefine((setting, ctx) => {
    const problem = settingProblem(setting)
    if (problem) {
      ctx.addIssue({ code: "custom", message: problem, path: ["kinds"] })
    }
  })
export type AdminSetProductDeliveryType = z.infer<typeof AdminSetProductDelivery>
