import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DISTRIBUTION_MODULE } from "../../modules/distribution"
import type DistributionModuleService from "../../modules/distribution/service"
import { deliverOutbound } from "../utils/deliver-outbound"

/** An admin's "retry now" of a hand-off or partner delivery: one attempt at once, even after it was given up. */
export const retryHandOffStep = createStep("retry-hand-off", async (id: string, { container }) => {
  const distribution: DistributionModuleService = container.resolve(DISTRIBUTION_MODULE)
  const claimed = await distribution.claimForRetry(id)
  if (!claimed) {
    const [handOff] = await distribution.listHandOffs({ id }, { select: ["id", "status", "recipient_kind"] })
    if (!handOff) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No hand-off or delivery with id ${id}.`)
    }
    const [what, by] = handOff.recipient_kind === "partner" ? ["delivery", "partner"] : ["hand-off", "distributor"]
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      handOff.status === "acknowledged"
        ? `This ${what} is already acknowledged by the ${by}; there is nothing to retry.`
        : `This ${what} is being delivered right now; look again in a moment.`
    )
  }
  const [delivered] = await deliverOutbound(container, [claimed], "manual")
  return new StepResponse(delivered)
})
