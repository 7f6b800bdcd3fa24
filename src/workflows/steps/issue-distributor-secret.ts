import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DISTRIBUTION_MODULE } from "../../modules/distribution"
import type DistributionModuleService from "../../modules/distribution/service"

/** A new signing secret for a store; it leaves the server only in this step's result. */
export const issueDistributorSecretStep = createStep(
  "issue-distributor-secret",
  async (federatedStoreId: string, { container }) => {
    const distribution: DistributionModuleService = container.resolve(DISTRIBUTION_MODULE)
    const { secret, hint, previous } = await distribution.issueSecret(federatedStoreId)
    return new StepResponse({ secret, hint }, { federatedStoreId, previous })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const distribution: DistributionModuleService = container.resolve(DISTRIBUTION_MODULE)
    if (undo.previous) {
      const { id, secret_ciphertext, secret_hint } = undo.previous
      await distribution.updateDistributorSecrets({ id, secret_ciphertext, secret_hint })
    } else {
      const made = await distribution.listDistributorSecrets({ federated_store_id: undo.federatedStoreId })
      await distribution.deleteDistributorSecrets(made.map((row) => row.id))
    }
  }
)
