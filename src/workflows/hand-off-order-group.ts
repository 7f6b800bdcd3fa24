import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deliverHandOffsStep } from "./steps/deliver-hand-offs"
import { loadHandOffOrdersStep } from "./steps/load-hand-off-orders"
import { openHandOffsStep } from "./steps/open-hand-offs"

/**
 * A placed order group goes to its stores' distributors: one hand-off per store order,
 * made once however often this runs, then a first delivery of each. What fails is
 * retried by the `deliver-due-hand-offs` job.
 */
export const handOffOrderGroupWorkflow = createWorkflow(
  "hand-off-order-group",
  (input: WorkflowData<{ order_group_id: string }>) => {
    const rows = loadHandOffOrdersStep(input.order_group_id)
    const ids = openHandOffsStep(rows)
    const deliveries = deliverHandOffsStep(transform({ ids }, ({ ids }) => ({ trigger: "placed" as const, ids })))
    return new WorkflowResponse({ hand_off_ids: ids, deliveries })
  }
)
