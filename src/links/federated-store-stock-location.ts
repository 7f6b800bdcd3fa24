import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import FederationModule from "../modules/federation"

// Stores may serve from the same warehouse: that is how they share inventory.
export default defineLink(
  { linkable: FederationModule.linkable.federatedStore, isList: true },
  { linkable: StockLocationModule.linkable.stockLocation, isList: true }
)
