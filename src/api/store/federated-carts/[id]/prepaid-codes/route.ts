import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { redeemPrepaidCodeWorkflow } from "../../../../../workflows/redeem-prepaid-code"
import { loadFederatedCart } from "../../load-federated-cart"
import type { StoreRedeemPrepaidCodeType } from "../../prepaid-code-validators"

/** A shopper enters a prepaid code: its product goes into this cart at $0. */
export async function POST(req: MedusaRequest<StoreRedeemPrepaidCodeType>, res: MedusaResponse) {
  const { result } = await redeemPrepaidCodeWorkflow(req.scope).run({
    input: { cart_id: req.params.id, code: req.validatedBody.code },
  })
  res.json({ redeemed: result, federated_cart: await loadFederatedCart(req.scope, req.params.id) })
}
