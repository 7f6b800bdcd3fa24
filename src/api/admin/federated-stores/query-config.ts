export const adminFederatedStoreFields = [
  "id",
  "name",
  "handle",
  "tagline",
  "description",
  "accent_color",
  "contact_name",
  "contact_email",
  "contact_phone",
  "distributor_url",
  "metadata",
  "created_at",
  "updated_at",
]

export const listAdminFederatedStoresQueryConfig = {
  defaults: adminFederatedStoreFields,
  isList: true,
}

export const retrieveAdminFederatedStoreQueryConfig = {
  defaults: [
    ...adminFederatedStoreFields,
    "sales_channel.id",
    "sales_channel.name",
    "stock_locations.id",
    "stock_locations.name",
    "products.id",
  ],
  isList: false,
}
