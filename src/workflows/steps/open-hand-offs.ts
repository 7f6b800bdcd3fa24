import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DISTRIBUTION_MODULE } from "../../modules/distribution"
import type DistributionModuleService from "../../modules/distribution/service"
import type { NewHandOff } from "../../modules/distribution/service"

/** Makes the hand-offs not made yet; compensation removes only the ones this run made. */
export const openHandOffsStep = createStep(
  "open-hand-offs",
  async (rows: NewHandOff[], { container }) => {
    const distribution: DistributionModuleService = container.resolve(DISTRIBUTION_MODULE)
    const { created, ids } = await distribution.openHandOffs(rows)
    return new StepResponse(ids, created)
  },
  async (created, { container }) => {
    if (created?.length) {
      await container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE).deleteHandOffs(created)
    }
  }
)
