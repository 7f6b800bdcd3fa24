import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPartnerDeliveryRows } from "./partner-delivery-rows"
import type { AdminGetPartnerDeliveriesParamsType } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { limit, offset, ...filters } = req.validatedQuery as AdminGetPartnerDeliveriesParamsType
  const { deliveries, count } = await listPartnerDeliveryRows(req.scope, filters, { limit, offset })
  res.json({ deliveries, count, limit, offset })
}
