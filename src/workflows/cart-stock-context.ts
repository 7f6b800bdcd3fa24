import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { CART_LINE_STOCK_FIELDS, CartWithLines } from "./utils/cart-lines"

/**
 * Composes the reads every ticketed cart change starts from: the cart's lines with what
 * each needs, and the stock locations that serve the cart's sales channel.
 */
export function cartStockContext(cartId: WorkflowData<string> | string) {
  const { data: carts } = useQueryGraphStep({
    entity: "cart",
    fields: CART_LINE_STOCK_FIELDS,
    filters: { id: cartId },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "get-cart-lines" })

  const { data: channels } = useQueryGraphStep({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id"],
    filters: transform({ carts }, ({ carts }) => ({ id: carts[0].sales_channel_id ?? "" })),
  }).config({ name: "get-cart-channel-locations" })

  return transform({ carts, channels }, ({ carts, channels }) => ({
    cart: carts[0] as CartWithLines,
    location_ids: (channels[0]?.stock_locations ?? []).flatMap((location) => (location ? [location.id] : [])),
    now: new Date(),
  }))
}
