import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VISIBILITY_MODULE } from "../../../modules/visibility"
import type VisibilityModuleService from "../../../modules/visibility/service"
import { addSpend, NOTHING, Spend } from "../../../modules/purchase-rules/rules"

type OrderLine = { product_id: string; quantity: number; amount: number; at: Date }

/**
 * What a partner account has bought: the lines of the (not canceled) orders of every cart
 * the account was bound to. Read from Medusa's orders themselves, so an order counts
 * from the instant its checkout created it.
 */
export async function accountOrderLines(scope: MedusaContainer, partnerAccountId: string): Promise<OrderLine[]> {
  const visibility: VisibilityModuleService = scope.resolve(VISIBILITY_MODULE)
  const cartIds = await visibility.cartsOfAccount(partnerAccountId)
  if (!cartIds.length) {
    return []
  }
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "order.id", "order.status", "order.created_at", "order.items.product_id", "order.items.unit_price", "order.items.detail.quantity"],
    filters: { id: cartIds },
  })
  return data.flatMap((cart) => {
    const order = cart.order
    if (!order || order.status === "canceled") {
      return []
    }
    // An order line's quantity lives in its detail (the order module versions it).
    return (order.items ?? []).flatMap((item) => {
      const quantity = Number(item?.detail?.quantity ?? 0)
      return item?.product_id
        ? [{ product_id: item.product_id, quantity, amount: quantity * Number(item.unit_price), at: new Date(order.created_at) }]
        : []
    })
  })
}

/** Units and money of a product an account bought since a date (or ever). */
export async function boughtByAccount(scope: MedusaContainer, partnerAccountId: string, productId: string, since: Date | null): Promise<Spend> {
  const lines = await accountOrderLines(scope, partnerAccountId)
  return lines
    .filter((line) => line.product_id === productId && (!since || line.at >= since))
    .reduce((sum, line) => addSpend(sum, line), NOTHING)
}
