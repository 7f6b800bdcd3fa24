import { MedusaService } from "@medusajs/framework/utils"
import OrderGroup from "./models/order-group"

class OrderGroupModuleService extends MedusaService({ OrderGroup }) {}

export default OrderGroupModuleService
