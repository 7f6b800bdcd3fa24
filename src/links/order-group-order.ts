import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import OrderGroupModule from "../modules/order-group"

// A group holds one order per store; an order belongs to at most one group.
export default defineLink(OrderGroupModule.linkable.orderGroup, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
