import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productTicketStock } from "./product-ticket-stock"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json(await productTicketStock(req.scope, req.params.id))
}
