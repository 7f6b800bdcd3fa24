import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listHandOffRows } from "./hand-off-rows"
import type { AdminGetHandOffsParamsType } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { limit, offset, ...filters } = req.validatedQuery as AdminGetHandOffsParamsType
  const { hand_offs, count } = await listHandOffRows(req.scope, filters, { limit, offset })
  res.json({ hand_offs, count, limit, offset })
}
