import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updatePartnerWorkflow } from "../../../../workflows/update-partner"
import { retrievePartner } from "../partner-fields"
import type { AdminUpdatePartnerType } from "../validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ partner: await retrievePartner(req.scope, req.params.id) })
}

/** Name, return URL and delivery URL; the answer is the partner as the admin sees it. */
export async function POST(req: MedusaRequest<AdminUpdatePartnerType>, res: MedusaResponse) {
  await updatePartnerWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ partner: await retrievePartner(req.scope, req.params.id) })
}
