import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrievePartner } from "../partner-fields"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ partner: await retrievePartner(req.scope, req.params.id) })
}
