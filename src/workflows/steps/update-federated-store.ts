import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEDERATION_MODULE } from "../../modules/federation"
import type FederationModuleService from "../../modules/federation/service"
import type { FederatedStoreUpdate } from "../types"

export const updateFederatedStoreStep = createStep(
  "update-federated-store",
  async (update: FederatedStoreUpdate, { container }) => {
    const federation: FederationModuleService = container.resolve(FEDERATION_MODULE)
    const previous = await federation.retrieveFederatedStore(update.id)
    const store = await federation.updateFederatedStores(update)
    return new StepResponse(store, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const federation: FederationModuleService = container.resolve(FEDERATION_MODULE)
    const { created_at, updated_at, deleted_at, ...fields } = previous
    await federation.updateFederatedStores(fields)
  }
)
