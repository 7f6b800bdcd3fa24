import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

type Usage = {
  computedActions: { amount: number; code: string }[]
  registrationContext: { customer_id: string | null; customer_email: string | null }
}

/**
 * Counts the checkout's promotion uses, once for the group, as Medusa's completion does
 * for an order (core keeps its own step out of its public exports); a failed checkout
 * gives the uses back.
 */
export const registerPromotionUsageStep = createStep(
  "register-promotion-usage",
  async (usage: Usage, { container }) => {
    if (!usage.computedActions.length) {
      return new StepResponse(null, null)
    }
    await container.resolve(Modules.PROMOTION).registerUsage(usage.computedActions as never, usage.registrationContext)
    return new StepResponse(null, usage)
  },
  async (usage, { container }) => {
    if (usage?.computedActions.length) {
      await container.resolve(Modules.PROMOTION).revertUsage(usage.computedActions as never, usage.registrationContext)
    }
  }
)
