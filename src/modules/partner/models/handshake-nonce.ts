import { model } from "@medusajs/framework/utils"

/**
 * A nonce a partner's handshake used. The unique index is what makes a token single-use:
 * of two requests racing with one token, the second insert fails. Rows may be dropped
 * once `expires_at` (the token's expiry) is past: an expired token is refused anyway.
 */
const HandshakeNonce = model
  .define("handshake_nonce", {
    id: model.id({ prefix: "hsn" }).primaryKey(),
    partner_id: model.text(),
    nonce: model.text(),
    expires_at: model.dateTime(),
  })
  .indexes([{ on: ["partner_id", "nonce"], unique: true }])

export default HandshakeNonce
