import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rotatePartnerSecretWorkflow } from "../../../../../workflows/rotate-partner-secret"
import { retrievePartner } from "../../partner-fields"
import type { AdminRotatePartnerSecretType } from "../../validators"

/** A new secret, shown this once; the old ones keep working for the overlap. */
export async function POST(req: MedusaRequest<AdminRotatePartnerSecretType>, res: MedusaResponse) {
  const { result } = await rotatePartnerSecretWorkflow(req.scope).run({
    input: { partner_id: req.params.id, overlap_minutes: req.validatedBody.overlap_minutes },
  })
  res.json({ partner: await retrievePartner(req.scope, req.params.id), signing_key: result.signing_key })
}
