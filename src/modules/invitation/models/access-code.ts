import { model } from "@medusajs/framework/utils"
import AccessCodeRedemption from "./access-code-redemption"
import Invitation from "./invitation"

/**
 * One code of an invitation. The code itself is never stored: only its keyed hash (HMAC
 * with the server's secret), for lookup, and its last 4 characters, for display.
 */
const AccessCode = model
  .define("access_code", {
    id: model.id({ prefix: "acode" }).primaryKey(),
    invitation: model.belongsTo(() => Invitation, { mappedBy: "codes" }),
    /** The invitee it was sent to; null for a shared code. */
    email: model.text().nullable(),
    code_hash: model.text(),
    last4: model.text(),
    max_uses: model.number(),
    uses: model.number().default(0),
    sent_at: model.dateTime().nullable(),
    redemptions: model.hasMany(() => AccessCodeRedemption, { mappedBy: "access_code" }),
  })
  .indexes([{ on: ["code_hash"], unique: true }])

export default AccessCode
