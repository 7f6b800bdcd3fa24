import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeStoreMoneyWorkflow } from "../../../../../../workflows/remove-store-money"
import { loadFederatedCart } from "../../../../../store/federated-carts/load-federated-cart"

export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  await removeStoreMoneyWorkflow(req.scope).run({ input: { cart_id: req.params.id, kind: "charge", id: req.params.line_id } })
  res.json({ federated_cart: await loadFederatedCart(req.scope, req.params.id) })
}
