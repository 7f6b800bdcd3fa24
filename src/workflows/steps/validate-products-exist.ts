import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"

export const validateProductsExistStep = createStep(
  "validate-products-exist",
  async ({ ids, found }: { ids: string[]; found: { id: string }[] }) => {
    const known = new Set(found.map((product) => product.id))
    const missing = ids.filter((id) => !known.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product with id ${missing.join(", ")}.`)
    }
    return new StepResponse(ids)
  }
)
