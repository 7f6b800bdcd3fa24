import { Module } from "@medusajs/framework/utils"
import FederatedCartModuleService from "./service"

export const FEDERATED_CART_MODULE = "federatedCart"

export default Module(FEDERATED_CART_MODULE, {
  service: FederatedCartModuleService,
})
