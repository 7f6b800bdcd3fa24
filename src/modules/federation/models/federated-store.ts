import { model } from "@medusajs/framework/utils"

/**
 * An independent store of the federation. Its sales channel, stock locations and
 * products live in Medusa's own modules and are related through module links.
 */
const FederatedStore = model
  .define("federated_store", {
    id: model.id({ prefix: "fst" }).primaryKey(),
    name: model.text().searchable(),
    handle: model.text().searchable(),
    tagline: model.text().nullable(),
    description: model.text().nullable(),
    accent_color: model.text().nullable(),
    contact_name: model.text().nullable(),
    contact_email: model.text(),
    contact_phone: model.text().nullable(),
    distributor_url: model.text(),
    /** How long this store's tickets hold units (minutes); the plugin's default when unset. */
    hold_minutes: model.number().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["handle"], unique: true, where: "deleted_at IS NULL" }])

export default FederatedStore
