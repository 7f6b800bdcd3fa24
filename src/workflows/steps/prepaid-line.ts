import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cartLines, unitPriceInCart } from "../../api/store/purchase-rules/cart-spend"
import { limitedPurchases, refuseOverLimit } from "../../api/store/purchase-rules/limits"
import { PREPAID_CODE_MODULE } from "../../modules/prepaid-code"
import { LIST_PRICE_KEY, PREPAID_CODE_KEY } from "../../modules/prepaid-code/line"
import type PrepaidCodeModuleService from "../../modules/prepaid-code/service"

export type PrepaidCodeReserved = { id: string; product_id: string; variant_id: string }

/**
 * The line a reserved code goes in as: one unit at $0 (a custom price), with the code and
 * the list price in its metadata for the crossed-out price, and delivery forced to
 * immediate — the code was the prepaid delivery; what it buys goes to the partner now.
 * The account's purchase limit counts the unit at its list price, as if bought here;
 * the checkout counts it again under the account's lock.
 */
export const planPrepaidLineStep = createStep(
  "plan-prepaid-line",
  async (input: { cart_id: string; code: PrepaidCodeReserved }, { container }) => {
    const listPrice = await unitPriceInCart(container, input.cart_id, input.code.variant_id)
    const { data: products } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["id", "title"],
      filters: { id: input.code.product_id },
    })
    const lines = await cartLines(container, input.cart_id)
    const wanted = [
      ...lines.map((line) => ({ ...line, kept: true })),
      { product_id: input.code.product_id, title: products[0]?.title ?? "", quantity: 1, unit_price: listPrice },
    ]
    await refuseOverLimit(container, await limitedPurchases(container, input.cart_id, wanted), { heldOutside: input.cart_id })
    return new StepResponse({
      variant_id: input.code.variant_id,
      quantity: 1,
      unit_price: 0,
      metadata: { [PREPAID_CODE_KEY]: input.code.id, [LIST_PRICE_KEY]: listPrice, delivery_kind: "immediate" },
    })
  }
)

/** Ties the reservation to the line the code went in as (the line whose hold it now shares). */
export const attachPrepaidLineStep = createStep(
  "attach-prepaid-line",
  async (input: { cart_id: string; code_id: string }, { container }) => {
    const { data: lines } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "line_item",
      fields: ["id", "metadata"],
      filters: { cart_id: input.cart_id },
    })
    const line = lines.find((candidate) => candidate.metadata?.[PREPAID_CODE_KEY] === input.code_id)
    if (line) {
      await container
        .resolve<PrepaidCodeModuleService>(PREPAID_CODE_MODULE)
        .attachLine({ id: input.code_id, cart_id: input.cart_id, line_item_id: line.id })
    }
    return new StepResponse(line?.id ?? null)
  }
)
