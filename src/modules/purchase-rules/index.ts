import { Module } from "@medusajs/framework/utils"
import PurchaseRulesModuleService from "./service"

export const PURCHASE_RULES_MODULE = "purchaseRules"

export default Module(PURCHASE_RULES_MODULE, {
  service: PurchaseRulesModuleService,
})
