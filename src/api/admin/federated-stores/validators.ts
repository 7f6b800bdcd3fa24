import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const optionalText = (max: number) => z.string().trim().max(max).nullish()

const httpUrl = z
  .string()
  .trim()
  .url("distributor_url must be a full address such as https://distributor.example.com/orders")
  .refine((url) => /^https?:\/\//i.test(url), "distributor_url must start with http:// or https://")

const storeFields = {
  name: z.string().trim().min(1, "name must not be empty").max(120),
  handle: z
    .string()
    .trim()
    .min(2)
    .max(60)
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      "handle must be lower-case letters and digits separated by single dashes, e.g. north-shop"
    ),
  tagline: optionalText(160),
  description: optionalText(2000),
  accent_color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "accent_color must be a colour such as #2f6fdf")
    .nullish(),
  contact_name: optionalText(120),
  contact_email: z.string().trim().email("contact_email must be an e-mail address"),
  contact_phone: optionalText(40),
  distributor_url: httpUrl,
  hold_minutes: z
    .number()
    .int("hold_minutes must be a whole number of minutes")
    .min(1, "hold_minutes must be at least 1")
    .max(24 * 60, "hold_minutes must be at most 1440 (a day)")
    .nullish(),
}

export const AdminCreateFederatedStore = z
  .object({
    ...storeFields,
    stock_location_ids: z.array(z.string().min(1)).max(20).optional(),
  })
  .strict()
export type AdminCreateFederatedStoreType = z.infer<typeof AdminCreateFederatedStore>

export const AdminUpdateFederatedStore = z
  .object(storeFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, "Send at least one field to change.")
export type AdminUpdateFederatedStoreType = z.infer<typeof AdminUpdateFederatedStore>

export const AdminAssignFederatedStoreProducts = z
  .object({
    add: z.array(z.string().min(1)).max(500).optional(),
    remove: z.array(z.string().min(1)).max(500).optional(),
  })
  .strict()
  .refine((body) => (body.add?.length ?? 0) + (body.remove?.length ?? 0) > 0, "Send product ids to add or remove.")
export type AdminAssignFederatedStoreProductsType = z.infer<typeof AdminAssignFederatedStoreProducts>

export const AdminGetFederatedStoresParams = createFindParams({ limit: 50, offset: 0 }).extend({
  q: z.string().optional(),
})
