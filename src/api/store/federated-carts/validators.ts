import { z } from "@medusajs/framework/zod"
import { CART_STATES } from "../../../modules/cart-state/rules"

// A bookmark is either a path on the storefront or a full page address.
const bookmarkUrl = z
  .string()
  .trim()
  .max(2048)
  .refine(
    (url) => /^\/(?!\/)/.test(url) || /^https?:\/\/[^\s]+$/i.test(url),
    "bookmark.url must be a page path starting with / or an http(s) address"
  )

export const StoreAddFederatedLineItem = z
  .object({
    variant_id: z.string().trim().min(1, "variant_id must not be empty"),
    quantity: z.number().int("quantity must be a whole number").min(1).max(1000).default(1),
    bookmark: z
      .object({
        url: bookmarkUrl,
        title: z.string().trim().max(200).nullish(),
      })
      .strict(),
  })
  .strict()
export type StoreAddFederatedLineItemType = z.infer<typeof StoreAddFederatedLineItem>

// `done` is in the list so that asking for it is answered with the rule (409), not a 400.
export const StoreMoveFederatedCart = z.object({ to: z.enum(CART_STATES) }).strict()
export type StoreMoveFederatedCartType = z.infer<typeof StoreMoveFederatedCart>
