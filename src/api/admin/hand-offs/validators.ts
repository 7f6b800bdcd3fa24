import { z } from "@medusajs/framework/zod"

export const AdminGetHandOffsParams = z
  .object({
    order_id: z.string().min(1).optional(),
    order_group_id: z.string().min(1).optional(),
    recipient_kind: z.enum(["distributor", "partner"], { message: "recipient_kind must be distributor or partner" }).optional(),
    federated_store_id: z.string().min(1).optional(),
    partner_id: z.string().min(1).optional(),
    status: z
      .enum(["pending", "acknowledged", "failed"], {
        message: "status must be one of pending, acknowledged, failed",
      })
      .optional(),
    limit: z.coerce.number().int().min(1, "limit must be at least 1").max(200, "limit must be at most 200").default(50),
    offset: z.coerce.number().int().min(0, "offset must not be negative").default(0),
  })
  .strict()
export type AdminGetHandOffsParamsType = z.infer<typeof AdminGetHandOffsParams>
