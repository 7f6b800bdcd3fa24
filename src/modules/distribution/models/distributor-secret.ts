import { model } from "@medusajs/framework/utils"

/**
 * The secret a store's hand-offs are signed with. Signing needs the secret itself, so it
 * is kept encrypted under the server's key (never hashed) and shown in clear only when it
 * is made or rotated. One per store; the store lives in the federation module.
 */
const DistributorSecret = model
  .define("distributor_secret", {
    id: model.id({ prefix: "dsec" }).primaryKey(),
    federated_store_id: model.text(),
    secret_ciphertext: model.text(),
    /** The secret's last 4 characters, for the admin to tell secrets apart. */
    secret_hint: model.text(),
  })
  .indexes([{ on: ["federated_store_id"], unique: true, where: "deleted_at IS NULL" }])

export default DistributorSecret
