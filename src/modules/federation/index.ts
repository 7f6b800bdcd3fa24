import { Module } from "@medusajs/framework/utils"
import FederationModuleService from "./service"

export const FEDERATION_MODULE = "federation"

export default Module(FEDERATION_MODULE, {
  service: FederationModuleService,
})
