import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { PurchaseRuleInput, setPurchaseRuleStep } from "./steps/set-purchase-rule"
import { validateProductsExistStep } from "./steps/validate-products-exist"

/** An admin limits what one partner account may buy of a product, or makes it need another. */
export const setPurchaseRuleWorkflow = createWorkflow("set-purchase-rule", (input: WorkflowData<PurchaseRuleInput>) => {
  const productIds = transform({ input }, ({ input }) =>
    input.requires_product_id ? [input.product_id, input.requires_product_id] : [input.product_id]
  )
  const { data: products } = useQueryGraphStep({ entity: "product", fields: ["id"], filters: { id: productIds } })
  validateProductsExistStep({ ids: productIds, found: products })
  return new WorkflowResponse(setPurchaseRuleStep(input))
})
