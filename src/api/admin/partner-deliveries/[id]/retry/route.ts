import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { retryHandOffWorkflow } from "../../../../../workflows/retry-hand-off"
import { listPartnerDeliveryRows } from "../../partner-delivery-rows"

/** "Retry now" on the Deliveries page: the one retry of every outbound message; the answer is the delivery after it. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const before = await listPartnerDeliveryRows(req.scope, { id: req.params.id })
  if (!before.deliveries.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No partner delivery with id ${req.params.id}.`)
  }
  await retryHandOffWorkflow(req.scope).run({ input: { id: req.params.id } })
  const { deliveries } = await listPartnerDeliveryRows(req.scope, { id: req.params.id })
  res.json({ delivery: deliveries[0] })
}
