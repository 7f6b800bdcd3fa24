import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveInvitation } from "../invitation-fields"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ invitation: await retrieveInvitation(req.scope, req.params.id) })
}
