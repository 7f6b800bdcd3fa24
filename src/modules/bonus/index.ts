import { Module } from "@medusajs/framework/utils"
import BonusModuleService from "./service"

export const BONUS_MODULE = "bonus"

export default Module(BONUS_MODULE, {
  service: BonusModuleService,
})
