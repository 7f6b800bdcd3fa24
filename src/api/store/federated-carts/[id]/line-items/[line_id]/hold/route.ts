import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { holdLineAgainWorkflow } from "../../../../../../../workflows"
import { loadFederatedCart } from "../../../../load-federated-cart"

/** Holds a line whose hold ran out again, if its units are still free (else a 409 with the count). */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { id: cartId, line_id: lineId } = req.params
  const before = await loadFederatedCart(req.scope, cartId)
  const lines = [...before.stores.flatMap((group) => group.items), ...before.unassigned]
  if (!lines.some((line) => line.id === lineId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No line ${lineId} in cart ${cartId}.`)
  }
  await holdLineAgainWorkflow(req.scope).run({ input: { cart_id: cartId, line_item_id: lineId } })
  res.json({ federated_cart: await loadFederatedCart(req.scope, cartId) })
}
