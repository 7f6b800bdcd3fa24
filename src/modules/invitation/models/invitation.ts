import { model } from "@medusajs/framework/utils"
import AccessCode from "./access-code"

/**
 * An admin's invitation to private products: one access code per invitee (sent by
 * e-mail), or one shared code with a use limit.
 */
const Invitation = model.define("invitation", {
  id: model.id({ prefix: "inv" }).primaryKey(),
  title: model.text().nullable(),
  product_ids: model.array(),
  expires_at: model.dateTime().nullable(),
  revoked_at: model.dateTime().nullable(),
  codes: model.hasMany(() => AccessCode, { mappedBy: "invitation" }),
})

export default Invitation
