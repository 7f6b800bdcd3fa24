import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEDERATION_MODULE } from "../../modules/federation"
import type FederationModuleService from "../../modules/federation/service"
import type { FederatedStoreData } from "../types"

export const createFederatedStoreStep = createStep(
  "create-federated-store",
  async (data: FederatedStoreData, { container }) => {
    const federation: FederationModuleService = container.resolve(FEDERATION_MODULE)
    const store = await federation.createFederatedStores(data)
    return new StepResponse(store, store.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const federation: FederationModuleService = container.resolve(FEDERATION_MODULE)
    await federation.deleteFederatedStores(id)
  }
)
