import { model } from "@medusajs/framework/utils"

/**
 * A free bonus: once a cart's net total in `currency_code` reaches `threshold_amount`,
 * `quantity` units of the variant `variant_id` join the cart at $0. Only active rules
 * count; an admin deactivates a rule rather than deleting it, so past bonus lines still
 * name a rule that exists.
 */
const BonusRule = model
  .define("bonus_rule", {
    id: model.id({ prefix: "bonrule" }).primaryKey(),
    title: model.text().nullable(),
    threshold_amount: model.bigNumber(),
    currency_code: model.text(),
    variant_id: model.text(),
    quantity: model.number().default(1),
    active: model.boolean().default(true),
  })
  .indexes([{ on: ["currency_code", "active"] }])

export default BonusRule
