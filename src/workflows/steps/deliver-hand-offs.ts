import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DISTRIBUTION_MODULE } from "../../modules/distribution"
import type DistributionModuleService from "../../modules/distribution/service"
import type { HandOffTrigger } from "../../modules/distribution/service"
import { deliverOutbound } from "../utils/deliver-outbound"

export type DeliverHandOffsInput = {
  trigger: Exclude<HandOffTrigger, "manual">
  /** Only these hand-offs (the ones a checkout just made); all due ones when absent. */
  ids?: string[]
  /** The clock (ISO), for tests that let time pass; now when absent. */
  now?: string
  limit?: number
}

/**
 * Claims the due outbound messages (distributor hand-offs and partner deliveries alike)
 * and sends each once. A delivery that fails is recorded and retried later, never thrown:
 * nothing here is undone, the attempt happened.
 */
export const deliverHandOffsStep = createStep(
  "deliver-hand-offs",
  async ({ trigger, ids, now, limit }: DeliverHandOffsInput, { container }) => {
    const distribution: DistributionModuleService = container.resolve(DISTRIBUTION_MODULE)
    const clock = now ? new Date(now) : new Date()
    if (ids && !ids.length) {
      return new StepResponse([])
    }
    const claimed = await distribution.claimDue({ now: clock, ids, limit })
    return new StepResponse(await deliverOutbound(container, claimed, trigger, clock))
  }
)
