import { MedusaService } from "@medusajs/framework/utils"
import CartBookmark from "./models/cart-bookmark"

class FederatedCartModuleService extends MedusaService({ CartBookmark }) {}

export default FederatedCartModuleService
