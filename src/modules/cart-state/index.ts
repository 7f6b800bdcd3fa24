import { Module } from "@medusajs/framework/utils"
import CartStateModuleService from "./service"

export const CART_STATE_MODULE = "cartState"

export default Module(CART_STATE_MODULE, {
  service: CartStateModuleService,
})
