import { MedusaService } from "@medusajs/framework/utils"
import PurchaseRule from "./models/purchase-rule"

class PurchaseRulesModuleService extends MedusaService({ PurchaseRule }) {}

export default PurchaseRulesModuleService
