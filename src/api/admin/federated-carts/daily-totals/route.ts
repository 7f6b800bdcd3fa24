import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CART_STATE_MODULE } from "../../../../modules/cart-state"
import type CartStateModuleService from "../../../../modules/cart-state/service"
import type { AdminGetFederatedCartDailyTotalsParamsType } from "../validators"

/** Carts opened per local day, between the days' real boundaries (23, 24 or 25 hours). */
export async function GET(req: MedusaRequest<unknown, AdminGetFederatedCartDailyTotalsParamsType>, res: MedusaResponse) {
  const cartStates: CartStateModuleService = req.scope.resolve(CART_STATE_MODULE)
  const { from, to } = req.validatedQuery as AdminGetFederatedCartDailyTotalsParamsType
  res.json({ time_zone: cartStates.options.timeZone, days: await cartStates.dailyTotals({ from, to }) })
}
