import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { ORDER_GROUP_MODULE } from "../../modules/order-group"
import type OrderGroupModuleService from "../../modules/order-group/service"

export type CreateOrderGroupInput = {
  cart_id: string
  email?: string | null
  currency_code: string
  order_ids: string[]
  /** What the shopper pays: the cart's total. */
  cart_total: unknown
}

/**
 * Records the group, once every store order exists, and checks that the orders add up to
 * exactly what the shopper pays: a store order that lost or gained a line, a credit or a
 * tax line on the way would otherwise be paid wrongly, so the checkout stops instead.
 */
export const createOrderGroupStep = createStep(
  "create-order-group",
  async (input: CreateOrderGroupInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({ entity: "order", fields: ["id", "total"], filters: { id: input.order_ids } })
    const total = orders.reduce((sum, order) => MathBN.add(sum, order.total as never), MathBN.convert(0))
    if (!MathBN.eq(total, input.cart_total as never)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `The stores' orders total ${total.toString()} but the cart totals ${String(input.cart_total)}: nothing was charged. Please review the cart and try again.`
      )
    }
    const groups: OrderGroupModuleService = container.resolve(ORDER_GROUP_MODULE)
    const group = await groups.createOrderGroups({
      cart_id: input.cart_id,
      email: input.email ?? null,
      currency_code: input.currency_code,
      total: total.toString() as never,
      store_count: input.order_ids.length,
    })
    const shares = orders.map((order) => ({ order_id: order.id, total: order.total as unknown }))
    return new StepResponse({ id: group.id, total: group.total as unknown, shares }, group.id)
  },
  async (groupId, { container }) => {
    if (groupId) {
      const groups: OrderGroupModuleService = container.resolve(ORDER_GROUP_MODULE)
      await groups.deleteOrderGroups(groupId)
    }
  }
)
