import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moveCartStateWorkflow } from "../../../../../workflows/move-cart-state"
import { loadFederatedCart } from "../../load-federated-cart"
import type { StoreMoveFederatedCartType } from "../../validators"

/** "Review and pay" (full), "Keep shopping" (shop), "Cancel cart" (void). */
export async function POST(req: MedusaRequest<StoreMoveFederatedCartType>, res: MedusaResponse) {
  await moveCartStateWorkflow(req.scope).run({
    input: { cart_id: req.params.id, to: req.validatedBody.to, actor: "customer" },
  })
  res.json({ federated_cart: await loadFederatedCart(req.scope, req.params.id) })
}
