import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { assertCreditsFit } from "../../../workflows/steps/cart-money"
import { isCharge, MoneyLine } from "../../../workflows/utils/store-totals"

/**
 * On Medusa's change-line and remove-line routes: a store's charge is the store's to
 * change, and a product line may not shrink so far that a store's credit would take its
 * total (or the cart's) below zero.
 */
export function keepStoreMoney(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  check(req).then(() => next(), next)
}

async function check(req: MedusaRequest) {
  const { id: cartId, line_id: lineId } = req.params
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "line_item", fields: ["id", "variant_id", "metadata", "unit_price", "quantity"], filters: { id: lineId } })
  const line = data[0] as MoneyLine | undefined
  if (!line) {
    return
  }
  if (isCharge(line)) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "This line is a store's charge: only the store can change or remove it.")
  }
  const quantity = req.method === "DELETE" ? 0 : Number((req.body as { quantity?: unknown })?.quantity ?? line.quantity)
  await assertCreditsFit(req.scope, cartId, { quantities: { [lineId]: quantity } })
}
