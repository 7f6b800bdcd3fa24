import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { retryHandOffStep } from "./steps/retry-hand-off"

/** "Retry now" in the admin: one attempt at once; a hand-off already being sent or acknowledged answers 409. */
export const retryHandOffWorkflow = createWorkflow("retry-hand-off", (input: WorkflowData<{ id: string }>) => {
  return new WorkflowResponse(retryHandOffStep(input.id))
})
