/** What shoppers may see of a store: never its distributor or metadata. */
export const storeFederatedStoreFields = [
  "id",
  "name",
  "handle",
  "tagline",
  "description",
  "accent_color",
  "contact_name",
  "contact_email",
  "contact_phone",
  "created_at",
  "updated_at",
]

export const listStoreFederatedStoresQueryConfig = {
  defaults: storeFederatedStoreFields,
  allowed: storeFederatedStoreFields,
  isList: true,
}
