import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { issuePartnerKeyStep } from "./steps/issue-partner-key"
import { retirePartnerKeysStep } from "./steps/retire-partner-keys"
import { validatePartnerExistsStep } from "./steps/validate-partner-exists"

/**
 * A new secret for a partner. The old ones keep verifying for `overlap_minutes`, so the
 * partner can deploy the new secret before the old stops working.
 */
export const rotatePartnerSecretWorkflow = createWorkflow(
  "rotate-partner-secret",
  (input: WorkflowData<{ partner_id: string; overlap_minutes: number }>) => {
    validatePartnerExistsStep(input.partner_id)
    const signingKey = issuePartnerKeyStep(input.partner_id)
    const retired = retirePartnerKeysStep(
      transform({ input, signingKey }, ({ input, signingKey }) => ({
        partner_id: input.partner_id,
        overlap_minutes: input.overlap_minutes,
        keep_key_id: signingKey.key_id,
      }))
    )
    return new WorkflowResponse({ signing_key: signingKey, retired_keys: retired })
  }
)
