import { z } from "@medusajs/framework/zod"

export const AdminGetPrepaidCodes = z
  .object({
    /** The last 4 characters a buyer reads out from their code. */
    last4: z.string().trim().toUpperCase().max(4).optional(),
    status: z.enum(["issued", "reserved", "redeemed", "revoked"]).optional(),
    product_id: z.string().trim().min(1).optional(),
    /** Codes an order issued or redeemed (the order page's widget). */
    order_id: z.string().trim().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminGetPrepaidCodesType = z.infer<typeof AdminGetPrepaidCodes>

export const AdminGeneratePrepaidCodes = z
  .object({
    variant_id: z.string().trim().min(1, "variant_id must name a variant"),
    count: z.number().int().min(1, "count must be at least 1").max(10000, "at most 10,000 codes per batch"),
  })
  .strict()
export type AdminGeneratePrepaidCodesType = z.infer<typeof AdminGeneratePrepaidCodes>
