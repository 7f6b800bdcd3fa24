import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { forgetStockContext } from "../utils/stock-context-cache"

/**
 * A store's hold time or products changed: this instance forgets the cached hold times and
 * locations at once (other instances' entries run out within seconds).
 */
export const forgetStockContextStep = createStep("forget-stock-context", async () => {
  forgetStockContext()
  return new StepResponse(true)
})
