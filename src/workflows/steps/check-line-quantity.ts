import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertQuantity } from "../utils/line-rules"

/** Refuses a line change to a fractional or negative quantity (0 removes the line). */
export const checkLineQuantityStep = createStep("check-line-quantity", async ({ quantity }: { quantity?: unknown }) => {
  if (quantity !== undefined) {
    assertQuantity(quantity, { allowZero: true })
  }
  return new StepResponse(undefined)
})
