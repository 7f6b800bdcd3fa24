import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { ProductTicketStockWidget } from "../../../admin-extensions/product/product-ticket-stock-widget"

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
  // Explicit and prefixed, like the store widget's, so layout customisations survive renames.
  id: "federated-cart:product-ticket-stock",
})

export default ProductTicketStockWidget
