import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { ProductDeliveryWidget } from "../../../admin-extensions/product-delivery/product-delivery-widget"

export const config = defineWidgetConfig({
  zone: "product.details.side.before",
  id: "federated-cart:product-delivery",
})

export default ProductDeliveryWidget
