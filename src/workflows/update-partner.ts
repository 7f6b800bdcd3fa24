import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { UpdatePartnerInput, updatePartnerStep } from "./steps/update-partner"
import { validatePartnerExistsStep } from "./steps/validate-partner-exists"

/** An admin edits a partner: its name, where shoppers go back to, where deliveries go. */
export const updatePartnerWorkflow = createWorkflow("update-partner", (input: WorkflowData<UpdatePartnerInput>) => {
  validatePartnerExistsStep(transform({ input }, ({ input }) => input.id))
  return new WorkflowResponse(updatePartnerStep(input))
})
