import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import FederationModule from "../modules/federation"

// A store sells many products; a product belongs to one store.
export default defineLink(FederationModule.linkable.federatedStore, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
