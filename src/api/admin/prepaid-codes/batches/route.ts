import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { generatePrepaidCodesWorkflow } from "../../../../workflows/generate-prepaid-codes"
import type { AdminGeneratePrepaidCodesType } from "../validators"

/** A batch of codes for a variant: this answer is the only place the codes are ever shown (the admin downloads them as CSV). */
export async function POST(req: MedusaRequest<AdminGeneratePrepaidCodesType>, res: MedusaResponse) {
  const { result } = await generatePrepaidCodesWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json(result)
}
