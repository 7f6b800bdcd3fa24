import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import FederationModule from "../modules/federation"

// The store's own catalogue, as Medusa sees it.
export default defineLink(FederationModule.linkable.federatedStore, SalesChannelModule.linkable.salesChannel)
