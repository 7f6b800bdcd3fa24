import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE } from "../../modules/order-group"
import type OrderGroupModuleService from "../../modules/order-group/service"

/** The group a cart's checkout made before, if any: a retried checkout answers with it. */
export const findOrderGroupStep = createStep("find-order-group", async (cartId: string, { container }) => {
  const groups: OrderGroupModuleService = container.resolve(ORDER_GROUP_MODULE)
  const [group] = await groups.listOrderGroups({ cart_id: cartId }, { take: 1 })
  return new StepResponse(group ? { id: group.id } : null)
})
