import { defineLink } from "@medusajs/framework/utils"
import PaymentModule from "@medusajs/medusa/payment"
import OrderGroupModule from "../modules/order-group"

// The group's one payment: the cart's payment collection, paid once for every store.
export default defineLink(OrderGroupModule.linkable.orderGroup, PaymentModule.linkable.paymentCollection)
