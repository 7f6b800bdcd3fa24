import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminTicketFilters } from "./ticket-filters"
import { describeTickets } from "./ticket-rows"
import type { AdminGetTicketsParamsType } from "./validators"

export async function GET(req: MedusaRequest<unknown, AdminGetTicketsParamsType>, res: MedusaResponse) {
  const now = new Date()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { skip, take } = req.queryConfig.pagination
  const { data, metadata } = await query.graph({
    entity: "ticket",
    fields: req.queryConfig.fields,
    filters: await adminTicketFilters(req.scope, req.validatedQuery, now),
    // The next hold to run out comes first: that is what an admin watching a drop acts on.
    pagination: { skip, take, order: { expires_at: "ASC", id: "ASC" } },
  })
  res.json({
    tickets: await describeTickets(req.scope, data, now),
    count: metadata?.count ?? data.length,
    limit: take,
    offset: skip,
  })
}
