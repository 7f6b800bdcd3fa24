import { model } from "@medusajs/framework/utils"

/**
 * What one partner account may buy of a product: at most `limit_quantity` units and/or
 * `limit_amount` of money (in the cart's currency) per `limit_period_days` (null: ever),
 * and only with `requires_product_id` owned or in the same cart.
 */
const PurchaseRule = model
  .define("purchase_rule", {
    id: model.id({ prefix: "prule" }).primaryKey(),
    product_id: model.text(),
    limit_quantity: model.number().nullable(),
    limit_amount: model.bigNumber().nullable(),
    limit_period_days: model.number().nullable(),
    requires_product_id: model.text().nullable(),
  })
  .indexes([{ on: ["product_id"], unique: true, where: "deleted_at IS NULL" }])

export default PurchaseRule
