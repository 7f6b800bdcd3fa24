import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminTicketFilters } from "../ticket-filters"
import { holdingsOfVariants } from "../ticket-rows"
import type { AdminGetTicketSummaryParamsType } from "../validators"
import { summarizeHolds } from "./summarize-holds"

export async function GET(req: MedusaRequest<unknown, AdminGetTicketSummaryParamsType>, res: MedusaResponse) {
  const now = new Date()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: tickets } = await query.graph({
    entity: "ticket",
    fields: ["variant_id", "quantity", "expires_at"],
    filters: await adminTicketFilters(req.scope, { ...req.validatedQuery, status: "live" }, now),
  })
  const holdings = await holdingsOfVariants(
    req.scope,
    tickets.map((ticket) => ticket.variant_id)
  )
  res.json(summarizeHolds(tickets, holdings))
}
