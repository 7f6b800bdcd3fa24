import { model } from "@medusajs/framework/utils"

export const PRODUCT_KINDS = ["public", "protected", "private", "prepaid"] as const
export type ProductKind = (typeof PRODUCT_KINDS)[number]

/**
 * Who may see and buy a product. A product without a row is `public`. `protected`
 * products open to a cart bound to a partner account (of `partner_id`, or of any partner
 * when it is unset); `private` and `prepaid` ones to a cart that unlocked that product.
 */
const ProductVisibility = model
  .define("product_visibility", {
    id: model.id({ prefix: "pvis" }).primaryKey(),
    product_id: model.text(),
    kind: model.enum([...PRODUCT_KINDS]).default("public"),
    partner_id: model.text().nullable(),
  })
  .indexes([
    { on: ["product_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["kind"], where: "deleted_at IS NULL" },
  ])

export default ProductVisibility
