import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
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
import { StoreGetFederatedStoreParams, StoreGetFederatedStoresParams } from "./store/federated-stores/validators"
import { listStoreFederatedStoresQueryConfig } from "./store/federated-stores/query-config"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { keepConflictMessages } from "./error-handler"
import { adminTicketsMiddlewares } from "./admin/tickets/middlewares"
import { federatedStockMiddlewares } from "./store/federated-stock/middlewares"
import { storeCartStateMiddlewares } from "./store/federated-carts/middlewares"
import { adminFederatedCartsMiddlewares } from "./admin/federated-carts/middlewares"
import { storeVisibilityMiddlewares } from "./store/visibility/middlewares"
import { adminProductVisibilityMiddlewares } from "./admin/products/[id]/visibility/middlewares"
import { adminPartnersMiddlewares } from "./admin/partners/middlewares"
import { adminInvitationsMiddlewares } from "./admin/invitations/middlewares"
import { storeUnlockMiddlewares } from "./store/federated-carts/unlock-middlewares"
import { storePrepaidCodeMiddlewares } from "./store/federated-carts/prepaid-code-middlewares"
import { adminPrepaidCodesMiddlewares } from "./admin/prepaid-codes/middlewares"
import { storePurchaseRuleMiddlewares } from "./store/purchase-rules/middlewares"
import { adminPurchaseRuleMiddlewares } from "./admin/products/[id]/purchase-rule/middlewares"
import { adminHandOffsMiddlewares } from "./admin/hand-offs/middlewares"
import { adminPartnerDeliveriesMiddlewares } from "./admin/partner-deliveries/middlewares"
import { storeDeliveryRelayMiddlewares } from "./store/federated-carts/delivery-relay/middlewares"
import { adminBonusRulesMiddlewares } from "./admin/bonus-rules/middlewares"
import { storeBonusMiddlewares } from "./store/bonus/middlewares"
import { adminProductDeliveryMiddlewares } from "./admin/products/[id]/delivery/middlewares"
import { storeLineDeliveryMiddlewares } from "./store/federated-carts/line-delivery/middlewares"

export default defineMiddlewares({
  errorHandler: keepConflictMessages,
  routes: [
    {
      matcher: "/admin/federated-stores",
      method: "GET",
      middlewares: [validateAndTransformQuery(AdminGetFederatedStoresParams, listAdminFederatedStoresQueryConfig)],
    },
    {
      matcher: "/admin/federated-stores",
      method: "POST",
      middlewares: [validateAndTransformBody(AdminCreateFederatedStore)],
    },
    {
      matcher: "/admin/federated-stores/:id",
      method: "GET",
      middlewares: [validateAndTransformQuery(createSelectParams(), retrieveAdminFederatedStoreQueryConfig)],
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
      middlewares: [validateAndTransformQuery(StoreGetFederatedStoresParams, listStoreFederatedStoresQueryConfig)],
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
    ...storeCartStateMiddlewares,
    ...adminFederatedCartsMiddlewares,
    // After the validation above: the visibility rules read validated bodies and queries.
    ...storeVisibilityMiddlewares,
    ...adminProductVisibilityMiddlewares,
    ...adminPartnersMiddlewares,
    ...adminInvitationsMiddlewares,
    ...storeUnlockMiddlewares,
    ...storePrepaidCodeMiddlewares,
    ...adminPrepaidCodesMiddlewares,
    ...storePurchaseRuleMiddlewares,
    ...adminPurchaseRuleMiddlewares,
    ...adminHandOffsMiddlewares,
    ...adminPartnerDeliveriesMiddlewares,
    ...storeDeliveryRelayMiddlewares,
    ...adminBonusRulesMiddlewares,
    ...storeBonusMiddlewares,
    ...adminProductDeliveryMiddlewares,
    ...storeLineDeliveryMiddlewares,
  ],
})
