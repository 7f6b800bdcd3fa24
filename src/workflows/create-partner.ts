import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CreatePartnerInput, createPartnerStep } from "./steps/create-partner"
import { issuePartnerKeyStep } from "./steps/issue-partner-key"

/** A partner and its first signing key; the answer carries the secret, shown this once. */
export const createPartnerWorkflow = createWorkflow("create-partner", (input: WorkflowData<CreatePartnerInput>) => {
  const partner = createPartnerStep(input)
  const signingKey = issuePartnerKeyStep(transform({ partner }, ({ partner }) => partner.id))
  return new WorkflowResponse({ partner, signing_key: signingKey })
})
