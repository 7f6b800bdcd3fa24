import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { revokePrepaidCodeStep } from "./steps/generate-prepaid-codes"

/**
 * An admin revokes a code (lost, leaked, refunded). A redeemed code stays redeemed; a
 * reserved one stops working in its cart too: that cart's checkout refuses the line.
 */
export const revokePrepaidCodeWorkflow = createWorkflow("revoke-prepaid-code", (input: WorkflowData<{ id: string }>) => {
  revokePrepaidCodeStep(input.id)
  const { data: codes } = useQueryGraphStep({
    entity: "prepaid_code",
    fields: ["id", "last4", "status", "revoked_at"],
    filters: { id: input.id },
  })
  return new WorkflowResponse(transform({ codes }, ({ codes }) => codes[0]))
})
