import { MedusaService } from "@medusajs/framework/utils"
import BonusRule from "./models/bonus-rule"

// Generated CRUD only: which rules a cart earns is decided in ./tiers.ts.
class BonusModuleService extends MedusaService({ BonusRule }) {}

export default BonusModuleService
