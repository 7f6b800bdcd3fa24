import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { OrderPrepaidCodesWidget } from "../../../admin-extensions/prepaid-codes/order-prepaid-codes-widget"

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderPrepaidCodesWidget
