import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createPartnerWorkflow } from "../../../workflows/create-partner"
import { listPartners, retrievePartner } from "./partner-fields"
import type { AdminCreatePartnerType } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ partners: await listPartners(req.scope) })
}

/** Answers with the partner's first signing secret: the only time it is shown. */
export async function POST(req: MedusaRequest<AdminCreatePartnerType>, res: MedusaResponse) {
  const { result } = await createPartnerWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ partner: await retrievePartner(req.scope, result.partner.id), signing_key: result.signing_key })
}
