import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadExpectedDeliveries } from "../../delivery-relay/expected-deliveries"

/** The purchased lines, store by store, with where each stands on its way to the shopper. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ expected_deliveries: await loadExpectedDeliveries(req.scope, req.params.id) })
}
