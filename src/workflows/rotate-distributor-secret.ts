import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertStoreExistsStep } from "./steps/assert-store-exists"
import { issueDistributorSecretStep } from "./steps/issue-distributor-secret"

/**
 * A new signing secret for a store's hand-offs, replacing the old one at once: attempts
 * from now on are signed with it, so the distributor must switch before the next one.
 */
export const rotateDistributorSecretWorkflow = createWorkflow(
  "rotate-distributor-secret",
  (input: WorkflowData<{ federated_store_id: string }>) => {
    assertStoreExistsStep(input.federated_store_id)
    return new WorkflowResponse(issueDistributorSecretStep(input.federated_store_id))
  }
)
