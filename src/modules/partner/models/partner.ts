import { model } from "@medusajs/framework/utils"
import PartnerAccount from "./partner-account"
import PartnerKey from "./partner-key"

/** A remote web service or game that sends shoppers with a signed handshake. */
const Partner = model.define("partner", {
  id: model.id({ prefix: "ptnr" }).primaryKey(),
  name: model.text().searchable(),
  /** Where the storefront sends the shopper back to. */
  return_url: model.text().nullable(),
  /** Where immediate deliveries are POSTed (signed with the partner's newest key); set by an admin. */
  delivery_url: model.text().nullable(),
  keys: model.hasMany(() => PartnerKey, { mappedBy: "partner" }),
  accounts: model.hasMany(() => PartnerAccount, { mappedBy: "partner" }),
})

export default Partner
