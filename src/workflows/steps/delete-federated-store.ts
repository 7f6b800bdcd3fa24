import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEDERATION_MODULE } from "../../modules/federation"
import type FederationModuleService from "../../modules/federation/service"

export const deleteFederatedStoreStep = createStep(
  "delete-federated-store",
  async (id: string, { container }) => {
    const federation: FederationModuleService = container.resolve(FEDERATION_MODULE)
    await federation.softDeleteFederatedStores(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const federation: FederationModuleService = container.resolve(FEDERATION_MODULE)
    await federation.restoreFederatedStores(id)
  }
)
