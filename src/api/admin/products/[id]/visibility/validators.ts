import { z } from "@medusajs/framework/zod"
import { PRODUCT_KINDS } from "../../../../../modules/visibility/models/product-visibility"

export const AdminSetProductVisibility = z
  .object({
    kind: z.enum(PRODUCT_KINDS),
    partner_id: z.string().trim().min(1).nullish(),
  })
  .strict()
  .refine((body) => body.kind === "protected" || !body.partner_id, {
    message: "partner_id applies only to protected products",
    path: ["partner_id"],
  })
export type AdminSetProductVisibilityType = z.infer<typeof AdminSetProductVisibility>
