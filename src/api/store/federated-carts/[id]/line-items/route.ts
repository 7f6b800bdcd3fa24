import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addFederatedLineItemWorkflow } from "../../../../../workflows"
import { loadFederatedCart } from "../../load-federated-cart"
import type { StoreAddFederatedLineItemType } from "../../validators"

export async function POST(req: MedusaRequest<StoreAddFederatedLineItemType>, res: MedusaResponse) {
  await addFederatedLineItemWorkflow(req.scope).run({
    input: { ...req.validatedBody, cart_id: req.params.id },
  })
  res.json({ federated_cart: await loadFederatedCart(req.scope, req.params.id) })
}
