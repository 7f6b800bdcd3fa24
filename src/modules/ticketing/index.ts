import { Module } from "@medusajs/framework/utils"
import TicketingModuleService from "./service"

export const TICKETING_MODULE = "ticketing"

export default Module(TICKETING_MODULE, {
  service: TicketingModuleService,
})
