import { model } from "@medusajs/framework/utils"

export const UNLOCK_REASONS = ["partner", "access_code", "prepaid_code"] as const
export type UnlockReason = (typeof UNLOCK_REASONS)[number]

/**
 * What a cart may see beyond the public catalogue, and until when. A `partner` unlock
 * binds the cart to a partner account and opens that partner's protected products; an
 * `access_code` (or, later, `prepaid_code`) unlock opens one product, to the cart and,
 * when the cart has a logged-in customer, to every cart of that customer.
 */
const Unlock = model
  .define("unlock", {
    id: model.id({ prefix: "unl" }).primaryKey(),
    cart_id: model.text(),
    reason: model.enum([...UNLOCK_REASONS]),
    partner_id: model.text().nullable(),
    partner_account_id: model.text().nullable(),
    product_id: model.text().nullable(),
    /** The customer a code's unlock follows to their other carts; null for a guest or a partner binding. */
    customer_id: model.text().nullable(),
    /** The access code (or prepaid code) that opened the product. */
    code_id: model.text().nullable(),
    /** Null: as long as the cart lives. */
    expires_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["cart_id"], where: "deleted_at IS NULL" },
    { on: ["customer_id"], where: "deleted_at IS NULL AND customer_id IS NOT NULL" },
  ])

export default Unlock
