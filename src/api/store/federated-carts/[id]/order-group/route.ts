import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readOrderGroup } from "../../order-group/read-order-group"

/** What the cart's checkout produced: the group and every store's order (the confirmation page). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ order_group: await readOrderGroup(req.scope, { cart_id: req.params.id }) })
}
