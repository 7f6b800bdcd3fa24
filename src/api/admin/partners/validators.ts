import { z } from "@medusajs/framework/zod"

const returnUrl = z
  .string()
  .trim()
  .max(2048)
  .regex(/^https?:\/\/[^\s]+$/i, "return_url must be an http(s) address")

/** Where immediate deliveries are POSTed: the partner's own service. */
const deliveryUrl = z
  .string()
  .trim()
  .max(2048)
  .regex(/^https?:\/\/[^\s]+$/i, "delivery_url must be an http(s) address")

export const AdminCreatePartner = z
  .object({
    name: z.string().trim().min(1, "name must not be empty").max(200),
    return_url: returnUrl.nullish(),
    delivery_url: deliveryUrl.nullish(),
  })
  .strict()
export type AdminCreatePartnerType = z.infer<typeof AdminCreatePartner>

export const AdminUpdatePartner = z
  .object({
    name: z.string().trim().min(1, "name must not be empty").max(200).optional(),
    return_url: returnUrl.nullish(),
    delivery_url: deliveryUrl.nullish(),
  })
  .strict()
export type AdminUpdatePartnerType = z.infer<typeof AdminUpdatePartner>

/** At most a week of overlap: long enough to deploy, short enough that a leaked secret dies. */
export const AdminRotatePartnerSecret = z
  .object({
    overlap_minutes: z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 60)
      .default(24 * 60),
  })
  .strict()
export type AdminRotatePartnerSecretType = z.infer<typeof AdminRotatePartnerSecret>
