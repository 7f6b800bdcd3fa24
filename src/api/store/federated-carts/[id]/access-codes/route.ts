import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { redeemAccessCodeWorkflow } from "../../../../../workflows/redeem-access-code"
import type { StoreRedeemAccessCodeType } from "../../unlock-validators"

/** A shopper enters an access code: its products open to this cart. */
export async function POST(req: MedusaRequest<StoreRedeemAccessCodeType>, res: MedusaResponse) {
  const { result } = await redeemAccessCodeWorkflow(req.scope).run({
    input: { cart_id: req.params.id, code: req.validatedBody.code },
  })
  res.json({ unlocked: result })
}
