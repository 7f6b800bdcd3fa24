import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminAddStoreMoney,
  AdminGetFederatedCartDailyTotalsParams,
  AdminGetFederatedCartsParams,
  AdminMoveFederatedCart,
} from "./validators"

/** The admin's cart routes (`/admin/federated-carts/**`): states, numbers, move logs, days. */
export const adminFederatedCartsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/federated-carts",
    method: "GET",
    middlewares: [validateAndTransformQuery(AdminGetFederatedCartsParams, {})],
  },
  {
    matcher: "/admin/federated-carts/daily-totals",
    method: "GET",
    middlewares: [validateAndTransformQuery(AdminGetFederatedCartDailyTotalsParams, {})],
  },
  {
    matcher: "/admin/federated-carts/:id/state",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminMoveFederatedCart)],
  },
  ...["/admin/federated-carts/:id/charges", "/admin/federated-carts/:id/credits"].map((matcher) => ({
    matcher,
    method: "POST" as const,
    middlewares: [validateAndTransformBody(AdminAddStoreMoney)],
  })),
]
