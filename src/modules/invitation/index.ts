import { Module } from "@medusajs/framework/utils"
import InvitationModuleService from "./service"

export const INVITATION_MODULE = "invitation"

export default Module(INVITATION_MODULE, {
  service: InvitationModuleService,
})
