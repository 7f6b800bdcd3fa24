import { Module } from "@medusajs/framework/utils"
import PrepaidCodeModuleService from "./service"

export const PREPAID_CODE_MODULE = "prepaidCode"

export default Module(PREPAID_CODE_MODULE, {
  service: PrepaidCodeModuleService,
})
