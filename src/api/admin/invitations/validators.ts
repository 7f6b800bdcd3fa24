import { z } from "@medusajs/framework/zod"

export const AdminCreateInvitation = z
  .object({
    title: z.string().trim().max(200).nullish(),
    product_ids: z.array(z.string().trim().min(1)).min(1, "product_ids must name at least one product").max(100),
    emails: z.array(z.string().trim().toLowerCase().email("emails must be e-mail addresses")).max(500).optional(),
    shared_uses: z.number().int().min(1).max(100000).optional(),
    expires_at: z.coerce.date().nullish(),
  })
  .strict()
  .refine((body) => Boolean(body.emails?.length) !== Boolean(body.shared_uses), {
    message: "Give either emails (one code each) or shared_uses (one shared code), not both",
    path: ["emails"],
  })
export type AdminCreateInvitationType = z.infer<typeof AdminCreateInvitation>

export const AdminResendInvitation = z
  .object({ emails: z.array(z.string().trim().toLowerCase().email("emails must be e-mail addresses")).max(500).optional() })
  .strict()
export type AdminResendInvitationType = z.infer<typeof AdminResendInvitation>
