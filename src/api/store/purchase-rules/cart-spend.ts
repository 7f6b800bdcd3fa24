import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import { countedUnitPrice } from "../../../modules/prepaid-code/line"

export type CartLineSpend = {
  id: string
  product_id: string
  title: string
  variant_id: string | null
  quantity: number
  unit_price: number
}

/** The cart's lines with what each costs (a redeemed prepaid line at its list price). */
export async function cartLines(scope: MedusaContainer, cartId: string): Promise<CartLineSpend[]> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "line_item",
    fields: ["id", "product_id", "product_title", "title", "variant_id", "quantity", "unit_price", "metadata"],
    filters: { cart_id: cartId },
  })
  return data.flatMap((line) =>
    line.product_id
      ? [
          {
            id: line.id,
            product_id: line.product_id,
            title: line.product_title ?? line.title,
            variant_id: line.variant_id ?? null,
            quantity: Number(line.quantity),
            unit_price: countedUnitPrice(line),
          },
        ]
      : []
  )
}

/** What one unit of a variant costs in this cart's region and currency. */
export async function unitPriceInCart(scope: MedusaContainer, cartId: string, variantId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "cart", fields: ["region_id", "currency_code"], filters: { id: cartId } })
  const cart = carts[0]
  if (!cart) {
    return 0
  }
  const { data } = await query.graph({
    entity: "variant",
    fields: ["id", "calculated_price.calculated_amount"],
    filters: { id: variantId },
    context: { calculated_price: QueryContext({ region_id: cart.region_id, currency_code: cart.currency_code }) },
  })
  // The generated types do not know the price the query context adds.
  const [variant] = data as { calculated_price?: { calculated_amount?: number | null } | null }[]
  return Number(variant?.calculated_price?.calculated_amount ?? 0)
}
