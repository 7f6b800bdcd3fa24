import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { partnerSpend } from "../../partner-spend"

/** Each account of a partner against its purchase limits: bought within the period, held in open carts. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json(await partnerSpend(req.scope, req.params.id))
}
