import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BONUS_MODULE } from "../../modules/bonus"
import type BonusModuleService from "../../modules/bonus/service"
import { showsBonus } from "../utils/bonus-lines"
import type { CartWithLines } from "../utils/cart-lines"

/**
 * Whether a change to a cart may move its bonus lines, from the cart as it was read before
 * the change: it shows a bonus (a line or a notice) that may have to go, or an active rule
 * in its currency could be earned. Most carts of most stores have neither, and the full
 * comparison (the cart's lines, totals and the rules) is then not worth its reads.
 */
export const bonusMayChangeStep = createStep("bonus-may-change", async (cart: CartWithLines, { container }) => {
  if (showsBonus(cart)) {
    return new StepResponse(true)
  }
  const [rule] = await container
    .resolve<BonusModuleService>(BONUS_MODULE)
    .listBonusRules({ active: true, currency_code: (cart.currency_code ?? "").toLowerCase() }, { select: ["id"], take: 1 })
  return new StepResponse(!!rule)
})
