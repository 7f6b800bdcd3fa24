import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listAdminTicketsQueryConfig } from "./query-config"
import { AdminGetTicketsParams, AdminGetTicketSummaryParams, AdminReleaseTicket } from "./validators"

/** The admin's ticket routes (`/admin/tickets/**`, `/admin/products/:id/ticket-stock`). */
export const adminTicketsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/tickets",
    method: "GET",
    middlewares: [validateAndTransformQuery(AdminGetTicketsParams, listAdminTicketsQueryConfig)],
  },
  {
    matcher: "/admin/tickets/summary",
    method: "GET",
    middlewares: [validateAndTransformQuery(AdminGetTicketSummaryParams, {})],
  },
  {
    matcher: "/admin/tickets/:id/release",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminReleaseTicket)],
  },
]
