import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { closeCodeUnlocksStep, revokeInvitationStep } from "./steps/revoke-invitation"

/** An admin revokes an invitation: its codes stop working and what they opened closes again. */
export const revokeInvitationWorkflow = createWorkflow("revoke-invitation", (invitationId: WorkflowData<string>) => {
  const codeIds = revokeInvitationStep(invitationId)
  return new WorkflowResponse(closeCodeUnlocksStep(codeIds))
})
