import {
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminAssignFederatedStoreProducts,
  AdminCreateFederatedStore,
  AdminGetFederatedStoresParams,
  AdminUpdateFederatedStore,
} from "./admin/federated-stores/validators"
import {
  listAdminFederatedStoresQueryConfig,
  retrieveAdminFederatedStoreQueryConfig,
} from "./admin/federated-stores/query-config"
import { StoreAddFederatedLineItem } from "./store/federated-carts/validators"
import {
  StoreGetFederatedStoreParams,
  StoreGetFederatedStoresParams,
} from "./store/federated-stores/validators"
import { listStoreFederatedStoresQueryConfig } from "./store/federated-stores/query-config"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { keepConflictMessages } from "./error-handler"
import { adminTicketsMiddlewares } from "./admin/tickets/middlewares"
import { federatedStockMiddlewares } from "./store/federated-stock/middlewares"

export default defineMiddlewares({
  errorHandler: keepConflictMessages,
  routes: [
    {
      matcher: "/admin/federated-stores",
      method: "GET",
      middlewares: [
        validateAndTransformQuery(AdminGetFederatedStoresParams, listAdminFederatedStoresQueryConfig),
      ],
    },
    {
      matcher: "/admin/federated-stores",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminCreateFederatedStore)],
    },
    {
      matcher: "/admin/federated-stores/:id",
      method: "GET",
      middlewares: [
        validateAndTransformQuery(createSelectParams(), retrieveAdminFederatedStoreQueryConfig),
      ],
    },
    {
      matcher: "/admin/federated-stores/:id",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminUpdateFederatedStore)],
    },
    {
      matcher: "/admin/federated-stores/:id/products",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminAssignFederatedStoreProducts)],
    },
    {
      matcher: "/store/federated-stores",
      method: "GET",
      middlewares: [
        validateAndTransformQuery(StoreGetFederatedStoresParams, listStoreFederatedStoresQueryConfig),
      ],
    },
    {
      matcher: "/store/federated-stores/:handle",
      method: "GET",
      middlewares: [validateAndTransformQuery(StoreGetFederatedStoreParams, {})],
    },
    {
      matcher: "/store/federated-stores/:handle/products/:product_handle",
      method: "GET",
      middlewares: [validateAndTransformQuery(StoreGetFederatedStoreParams, {})],
    },
    {
      matcher: "/store/federated-carts/:id/line-items",
      method: "POST",
      middlewares: [validateAndTransformBody(StoreAddFederatedLineItem)],
    },
    ...federatedStockMiddlewares,
    ...adminTicketsMiddlewares,
  ],
})
