import { model } from "@medusajs/framework/utils"
import Partner from "./partner"

/** The shopper's account at a partner, as a handshake asserted it. */
const PartnerAccount = model
  .define("partner_account", {
    id: model.id({ prefix: "pacc" }).primaryKey(),
    partner: model.belongsTo(() => Partner, { mappedBy: "accounts" }),
    /** The partner's own id for the account. */
    account_ref: model.text(),
    display_name: model.text().nullable(),
    /** Handles of products the account owns at the partner, as its latest handshake asserted. */
    owned_product_handles: model.array().nullable(),
  })
  .indexes([{ on: ["partner_id", "account_ref"], unique: true, where: "deleted_at IS NULL" }])

export default PartnerAccount
