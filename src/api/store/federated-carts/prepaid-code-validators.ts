import { z } from "@medusajs/framework/zod"

export const StoreRedeemPrepaidCode = z.object({ code: z.string().trim().min(1, "code must not be empty").max(64) }).strict()
export type StoreRedeemPrepaidCodeType = z.infer<typeof StoreRedeemPrepaidCode>
