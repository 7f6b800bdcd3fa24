import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { extendHoldsWorkflow } from "../../../../../../workflows"
import { loadFederatedCart } from "../../../load-federated-cart"

/** An active shopper keeps their units longer, up to the maximum. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  await extendHoldsWorkflow(req.scope).run({ input: { cart_id: req.params.id } })
  res.json({ federated_cart: await loadFederatedCart(req.scope, req.params.id) })
}
