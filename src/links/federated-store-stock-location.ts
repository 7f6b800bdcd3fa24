import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import FederationModule from "../modules/federation"

export default defineLink(FederationModule.linkable.federatedStore, {
  linkable: StockLocationModule.linkable.stockLocation,
  isList: true,
})
