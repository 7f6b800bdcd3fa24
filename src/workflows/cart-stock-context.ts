import { createStep, StepResponse, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CART_LINE_STOCK_FIELDS, CartWithLines } from "./utils/cart-lines"

export type CartStockContext = { cart: CartWithLines; location_ids: string[]; now: Date }

/**
 * The reads every ticketed cart change starts from: the cart's lines with what each
 * needs, and the stock locations that serve the cart's sales channel (read from the
 * link itself: one query where a graph through the sales channel takes three).
 */
const readCartStockContextStep = createStep("read-cart-stock-context", async (cartId: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "cart", fields: CART_LINE_STOCK_FIELDS, filters: { id: cartId } })
  const cart = carts[0] as (CartWithLines & { sales_channel_id?: string | null }) | undefined
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${cartId}`)
  }
  const { data: links } = cart.sales_channel_id
    ? await query.graph({
        entity: "sales_channel_location",
        fields: ["stock_location_id"],
        filters: { sales_channel_id: cart.sales_channel_id },
      })
    : { data: [] }
  const context: CartStockContext = {
    cart,
    location_ids: (links as { stock_location_id: string }[]).map((link) => link.stock_location_id),
    now: new Date(),
  }
  return new StepResponse(context)
})

export const cartStockContext = (cartId: WorkflowData<string> | string) => readCartStockContextStep(cartId)
