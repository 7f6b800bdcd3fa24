import { z } from "@medusajs/framework/zod"

export const StorePartnerHandshake = z.object({ token: z.string().trim().min(1, "token must not be empty").max(4096) }).strict()
export type StorePartnerHandshakeType = z.infer<typeof StorePartnerHandshake>

export const StoreRedeemAccessCode = z.object({ code: z.string().trim().min(1, "code must not be empty").max(64) }).strict()
export type StoreRedeemAccessCodeType = z.infer<typeof StoreRedeemAccessCode>
