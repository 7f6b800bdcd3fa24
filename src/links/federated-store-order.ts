import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import FederationModule from "../modules/federation"

// Each store's share of a checkout is an order of that store.
export default defineLink(FederationModule.linkable.federatedStore, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
