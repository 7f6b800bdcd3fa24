import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addStoreChargeWorkflow } from "../../../../../workflows/add-store-charge"
import { loadFederatedCart } from "../../../../store/federated-carts/load-federated-cart"
import type { AdminAddStoreMoneyType } from "../../validators"

/** A store's charge (e.g. handling) on a cart in `shop`. */
export async function POST(req: MedusaRequest<AdminAddStoreMoneyType>, res: MedusaResponse) {
  await addStoreChargeWorkflow(req.scope).run({ input: { ...req.validatedBody, cart_id: req.params.id } })
  res.json({ federated_cart: await loadFederatedCart(req.scope, req.params.id) })
}
