import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokePrepaidCodeWorkflow } from "../../../../../workflows/revoke-prepaid-code"

/** Revokes a code that is not redeemed yet: it stops working at once, even in a cart that reserved it. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { result } = await revokePrepaidCodeWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ prepaid_code: result })
}
