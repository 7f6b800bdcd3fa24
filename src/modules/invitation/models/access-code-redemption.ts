import { model } from "@medusajs/framework/utils"
import AccessCode from "./access-code"

/** A cart that entered a code. One use per cart: entering it again spends nothing. */
const AccessCodeRedemption = model
  .define("access_code_redemption", {
    id: model.id({ prefix: "acred" }).primaryKey(),
    access_code: model.belongsTo(() => AccessCode, { mappedBy: "redemptions" }),
    cart_id: model.text(),
  })
  .indexes([{ on: ["access_code_id", "cart_id"], unique: true }])

export default AccessCodeRedemption
