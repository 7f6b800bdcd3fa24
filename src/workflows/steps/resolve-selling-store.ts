import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { notSoldMessage } from "../utils/line-rules"

type VariantWithStore = {
  id: string
  product?: { federated_store?: { id: string } | null } | null
}

/** The store a cart line belongs to is the store that sells the variant's product. */
export const resolveSellingStoreStep = createStep(
  "resolve-selling-store",
  async ({ variant_id, variants }: { variant_id: string; variants: VariantWithStore[] }) => {
    const variant = variants[0]
    if (!variant) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product variant with id ${variant_id}.`)
    }
    const storeId = variant.product?.federated_store?.id
    if (!storeId) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, notSoldMessage(variant_id))
    }
    return new StepResponse(storeId)
  }
)
