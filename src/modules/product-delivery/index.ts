import { Module } from "@medusajs/framework/utils"
import ProductDeliveryModuleService from "./service"

export const PRODUCT_DELIVERY_MODULE = "productDelivery"

export default Module(PRODUCT_DELIVERY_MODULE, {
  service: ProductDeliveryModuleService,
})
