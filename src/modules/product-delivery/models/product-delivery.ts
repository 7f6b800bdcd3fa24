import { model } from "@medusajs/framework/utils"
import { DELIVERY_KINDS, GOODS } from "../rules"

/**
 * How a product is delivered: its goods and the delivery kinds a shopper may choose for
 * it, with the one a new cart line starts with. A product without a row is merchandise
 * by mail (`MAIL_ONLY`). Which combinations are legal is in `rules.ts`.
 */
const ProductDelivery = model
  .define("product_delivery", {
    id: model.id({ prefix: "pdel" }).primaryKey(),
    product_id: model.text(),
    goods: model.enum([...GOODS]),
    kinds: model.array(),
    default_kind: model.enum([...DELIVERY_KINDS]),
  })
  .indexes([{ on: ["product_id"], unique: true, where: "deleted_at IS NULL" }])

export default ProductDelivery
