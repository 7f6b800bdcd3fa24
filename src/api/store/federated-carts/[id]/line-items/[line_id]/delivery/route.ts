import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { chooseLineDeliveryWorkflow } from "../../../../../../../workflows/choose-line-delivery"
import { loadFederatedCart } from "../../../../load-federated-cart"
import type { StoreChooseLineDeliveryType } from "../../../../line-delivery/validators"

/** The shopper chooses how one line is delivered (immediate or prepaid codes, where both are allowed). */
export async function POST(req: MedusaRequest<StoreChooseLineDeliveryType>, res: MedusaResponse) {
  const { id: cartId, line_id: lineId } = req.params
  await chooseLineDeliveryWorkflow(req.scope).run({
    input: { cart_id: cartId, line_item_id: lineId, kind: req.validatedBody.kind },
  })
  res.json({ federated_cart: await loadFederatedCart(req.scope, cartId) })
}
