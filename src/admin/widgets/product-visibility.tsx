import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { ProductVisibilityWidget } from "../../../admin-extensions/visibility/product-visibility-widget"

export const config = defineWidgetConfig({
  zone: "product.details.side.before",
  id: "federated-cart:product-visibility",
})

export default ProductVisibilityWidget
