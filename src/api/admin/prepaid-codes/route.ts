import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPrepaidCodes } from "./prepaid-code-rows"
import type { AdminGetPrepaidCodesType } from "./validators"

/** Codes newest first, found by their last 4 and status; never the codes themselves. */
export async function GET(req: MedusaRequest<unknown, AdminGetPrepaidCodesType>, res: MedusaResponse) {
  res.json(await listPrepaidCodes(req.scope, req.validatedQuery as AdminGetPrepaidCodesType))
}
