import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import PartnerDeliveryProviderService from "./service"

export default ModuleProvider(Modules.FULFILLMENT, { services: [PartnerDeliveryProviderService] })
