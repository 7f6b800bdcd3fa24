import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadFederatedCart } from "../load-federated-cart"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ federated_cart: await loadFederatedCart(req.scope, req.params.id) })
}
