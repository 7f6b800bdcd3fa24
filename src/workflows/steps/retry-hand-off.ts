import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DISTRIBUTION_MODULE } from "../../modules/distribution"
import type DistributionModuleService from "../../modules/distribution/service"

/** An admin's "retry now": one attempt at once, even after the hand-off was given up. */
export const retryHandOffStep = createStep("retry-hand-off", async (id: string, { container }) => {
  const distribution: DistributionModuleService = container.resolve(DISTRIBUTION_MODULE)
  const claimed = await distribution.claimForRetry(id)
  if (!claimed) {
    const [handOff] = await distribution.listHandOffs({ id }, { select: ["id", "status"] })
    if (!handOff) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No hand-off with id ${id}.`)
    }
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      handOff.status === "acknowledged"
        ? "This hand-off is already acknowledged by the distributor; there is nothing to retry."
        : "This hand-off is being delivered right now; look again in a moment."
    )
  }
  const [delivered] = await distribution.deliverClaimed([claimed], "manual")
  return new StepResponse(delivered)
})
