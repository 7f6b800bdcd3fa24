import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retryHandOffWorkflow } from "../../../../../workflows/retry-hand-off"
import { listHandOffRows } from "../../hand-off-rows"

/** "Retry now": one attempt at once; the answer is the hand-off after it. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  await retryHandOffWorkflow(req.scope).run({ input: { id: req.params.id } })
  const { hand_offs } = await listHandOffRows(req.scope, { id: req.params.id })
  res.json({ hand_off: hand_offs[0] })
}
