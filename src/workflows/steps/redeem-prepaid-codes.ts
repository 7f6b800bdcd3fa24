import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PREPAID_CODE_MODULE } from "../../modules/prepaid-code"
import { prepaidCodeOf } from "../../modules/prepaid-code/line"
import type PrepaidCodeModuleService from "../../modules/prepaid-code/service"

export type RedeemPrepaidCodesInput = {
  cart_id: string
  order_group_id: string
  items: { id: string; quantity: unknown; metadata?: Record<string, unknown> | null }[]
  orders: { id: string; items: { id: string; cart_line_id: string }[] }[]
}

/**
 * At checkout the codes the cart's $0 lines were redeemed with become redeemed, each by
 * the store order its line went into — all of them, or the checkout stops. A code pays
 * for one unit: a grown line is refused here whatever route grew it.
 */
export const redeemPrepaidCodesStep = createStep(
  "redeem-prepaid-codes",
  async (input: RedeemPrepaidCodesInput, { container }) => {
    const lines = input.items.flatMap((item) => {
      const codeId = prepaidCodeOf(item.metadata)
      return codeId ? [{ item, code_id: codeId }] : []
    })
    if (!lines.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    if (lines.some(({ item }) => Number(item.quantity) !== 1)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A prepaid code pays for one unit: set that item's quantity to 1.")
    }
    const orderOf = (lineId: string) =>
      input.orders.find((order) => order.items.some((item) => item.cart_line_id === lineId))?.id ?? null
    const redeemed = await container.resolve<PrepaidCodeModuleService>(PREPAID_CODE_MODULE).redeemForCart({
      cart_id: input.cart_id,
      order_group_id: input.order_group_id,
      lines: lines.map(({ item, code_id }) => ({ line_item_id: item.id, code_id, order_id: orderOf(item.id) })),
    })
    return new StepResponse(redeemed, redeemed)
  },
  async (redeemed, { container }) => {
    if (redeemed?.length) {
      await container.resolve<PrepaidCodeModuleService>(PREPAID_CODE_MODULE).undoRedemption(redeemed)
    }
  }
)
