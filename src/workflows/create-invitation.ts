import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { CreateInvitationInput, createInvitationStep } from "./steps/create-invitation"
import { sendAccessCodesStep } from "./steps/send-access-codes"
import { validateProductsExistStep } from "./steps/validate-products-exist"

/**
 * An admin invites shoppers to private products: each invitee gets a single-use code by
 * e-mail, or the admin gets one shared code (shown once) to hand out.
 */
export const createInvitationWorkflow = createWorkflow("create-invitation", (input: WorkflowData<CreateInvitationInput>) => {
  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id", "title"],
    filters: { id: input.product_ids },
  })
  validateProductsExistStep({ ids: input.product_ids, found: products })
  const { invitation, codes } = createInvitationStep(input)
  sendAccessCodesStep({ codes, products, expires_at: input.expires_at })
  const sharedCode = transform({ codes }, ({ codes }) => codes.find((code) => !code.email)?.code ?? null)
  return new WorkflowResponse({ invitation, shared_code: sharedCode })
})
