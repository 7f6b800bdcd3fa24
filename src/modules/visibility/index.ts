import { Module } from "@medusajs/framework/utils"
import VisibilityModuleService from "./service"

export const VISIBILITY_MODULE = "visibility"

export default Module(VISIBILITY_MODULE, {
  service: VisibilityModuleService,
})
