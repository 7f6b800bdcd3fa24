import { Module } from "@medusajs/framework/utils"
import DeliveryRelayModuleService from "./service"

export const DELIVERY_RELAY_MODULE = "deliveryRelay"

export default Module(DELIVERY_RELAY_MODULE, {
  service: DeliveryRelayModuleService,
})
