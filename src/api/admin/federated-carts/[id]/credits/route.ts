import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addStoreCreditWorkflow } from "../../../../../workflows/add-store-credit"
import { loadFederatedCart } from "../../../../store/federated-carts/load-federated-cart"
import type { AdminAddStoreMoneyType } from "../../validators"

/** A store's credit on a cart in `shop`, never more than the store's lines (or the cart's) come to. */
export async function POST(req: MedusaRequest<AdminAddStoreMoneyType>, res: MedusaResponse) {
  await addStoreCreditWorkflow(req.scope).run({ input: { ...req.validatedBody, cart_id: req.params.id } })
  res.json({ federated_cart: await loadFederatedCart(req.scope, req.params.id) })
}
