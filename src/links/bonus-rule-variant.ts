import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import BonusModule from "../modules/bonus"

// A bonus rule names the variant it gives away; read-only, so no link table: the rule's
// `variant_id` is the link, and `query.graph` reads `bonus_rule.product_variant`.
export default defineLink(
  { linkable: BonusModule.linkable.bonusRule, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
