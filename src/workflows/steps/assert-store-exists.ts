import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const assertStoreExistsStep = createStep("assert-store-exists", async (storeId: string, { container }) => {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "federated_store", fields: ["id", "name"], filters: { id: storeId } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No federated store with id ${storeId}.`)
  }
  return new StepResponse(data[0])
})
