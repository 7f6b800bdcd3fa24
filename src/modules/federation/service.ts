import { MedusaService } from "@medusajs/framework/utils"
import FederatedStore from "./models/federated-store"

class FederationModuleService extends MedusaService({ FederatedStore }) {}

export default FederationModuleService
