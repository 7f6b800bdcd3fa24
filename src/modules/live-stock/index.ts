import { Module } from "@medusajs/framework/utils"
import LiveStockModuleService from "./service"

export const LIVE_STOCK_MODULE = "liveStock"

export default Module(LIVE_STOCK_MODULE, {
  service: LiveStockModuleService,
})
