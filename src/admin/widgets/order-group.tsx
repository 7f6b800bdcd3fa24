import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { OrderGroupWidget } from "../../../admin-extensions/orders/order-group-widget"

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderGroupWidget
