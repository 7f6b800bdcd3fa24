import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"

type StoreWithProducts = { id: string; name: string; products?: ({ id: string } | null)[] | null }

export const assertStoreHasNoProductsStep = createStep("assert-store-has-no-products", async (store: StoreWithProducts) => {
  const count = (store.products ?? []).filter(Boolean).length
  if (count) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `${store.name} still sells ${count} product${count === 1 ? "" : "s"}. Move them to another store or remove them before deleting the store.`
    )
  }
  return new StepResponse(undefined)
})
