import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deliverHandOffsStep } from "./steps/deliver-hand-offs"

/** Every pending hand-off whose back-off has run out gets its next attempt (the job runs this each minute). */
export const deliverDueHandOffsWorkflow = createWorkflow(
  "deliver-due-hand-offs",
  (input: WorkflowData<{ now?: string; limit?: number }>) => {
    const deliveries = deliverHandOffsStep(
      transform({ input }, ({ input }) => ({ trigger: "schedule" as const, now: input.now, limit: input.limit }))
    )
    return new WorkflowResponse(deliveries)
  }
)
