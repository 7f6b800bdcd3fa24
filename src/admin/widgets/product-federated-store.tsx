import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { ProductFederatedStoreWidget } from "../../../admin-extensions/product/product-federated-store-widget"

export const config = defineWidgetConfig({
  zone: "product.details.side.before",
  // Explicit and prefixed so layout customisations survive renames and never collide
  // with another plugin's widget of the same file name.
  id: "federated-cart:product-federated-store",
})

export default ProductFederatedStoreWidget
