import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import PrepaidCodeDeliveryProviderService from "./service"

export default ModuleProvider(Modules.FULFILLMENT, { services: [PrepaidCodeDeliveryProviderService] })
