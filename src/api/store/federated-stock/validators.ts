import { z } from "@medusajs/framework/zod"

/** A page shows at most this many variants live: a product page, or a page of a catalogue. */
export const MAX_WATCHED_VARIANTS = 100

// `?variant_ids=a,b` arrives as one string, `?variant_ids=a&variant_ids=b` as a list.
const variantIds = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",") : value),
  z
    .array(z.string().trim())
    .transform((ids) => [...new Set(ids.filter(Boolean))])
    .refine((ids) => ids.length > 0, "variant_ids must name at least one variant id")
    .refine((ids) => ids.length <= MAX_WATCHED_VARIANTS, `variant_ids may name at most ${MAX_WATCHED_VARIANTS} variants`)
)

export const StoreGetFederatedStockParams = z.object({ variant_ids: variantIds })

export type StoreGetFederatedStockParamsType = z.infer<typeof StoreGetFederatedStockParams>
