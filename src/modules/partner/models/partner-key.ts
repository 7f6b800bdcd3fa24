import { model } from "@medusajs/framework/utils"
import Partner from "./partner"

/**
 * One signing secret of a partner; its id is the token's key id (`kid`). Verifying an
 * HMAC needs the secret itself, so it is kept encrypted with the server's key (never
 * hashed), and shown in clear only once, when it is made. A rotated-out key keeps
 * verifying until `expires_at`, so the partner can switch over without downtime.
 */
const PartnerKey = model.define("partner_key", {
  id: model.id({ prefix: "pkey" }).primaryKey(),
  partner: model.belongsTo(() => Partner, { mappedBy: "keys" }),
  secret_ciphertext: model.text(),
  /** The secret's last 4 characters, for the admin to tell keys apart. */
  secret_hint: model.text(),
  expires_at: model.dateTime().nullable(),
})

export default PartnerKey
