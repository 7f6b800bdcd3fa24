import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ProductVisibilityInput, setProductVisibilityStep } from "./steps/set-product-visibility"
import { validatePartnerExistsStep } from "./steps/validate-partner-exists"
import { validateProductsExistStep } from "./steps/validate-products-exist"

/** An admin decides who may see and buy a product: public, protected, private or prepaid. */
export const setProductVisibilityWorkflow = createWorkflow(
  "set-product-visibility",
  (input: WorkflowData<ProductVisibilityInput>) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id"],
      filters: { id: input.product_id },
    })
    validateProductsExistStep({ ids: transform({ input }, ({ input }) => [input.product_id]), found: products })
    validatePartnerExistsStep(input.partner_id)
    return new WorkflowResponse(setProductVisibilityStep(input))
  }
)
