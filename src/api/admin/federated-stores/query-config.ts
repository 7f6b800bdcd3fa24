import { storeFederatedStoreFields } from "../../store/federated-stores/query-config"

/** Admins see what shoppers see, plus where the store's orders are handed off. */
export const adminFederatedStoreFields = [...storeFederatedStoreFields, "distributor_url", "hold_minutes", "metadata"]

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
