import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateSalesChannelsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { forgetStockContextStep } from "./steps/forget-stock-context"
import { updateFederatedStoreStep } from "./steps/update-federated-store"
import type { FederatedStoreUpdate } from "./types"

export const updateFederatedStoreWorkflow = createWorkflow(
  "update-federated-store",
  (input: WorkflowData<FederatedStoreUpdate>) => {
    const { data: stores } = useQueryGraphStep({
      entity: "federated_store",
      fields: ["id", "sales_channel.id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const store = updateFederatedStoreStep(input)

    // The store's sales channel carries its name in Medusa's own screens.
    when({ input, stores }, ({ input, stores }) => !!input.name && !!stores[0]?.sales_channel).then(() => {
      updateSalesChannelsWorkflow.runAsStep({
        input: transform({ input, stores }, ({ input, stores }) => ({
          selector: { id: stores[0].sales_channel?.id },
          update: { name: input.name, description: `Catalogue of ${input.name}` },
        })),
      })
    })
    forgetStockContextStep()
    return new WorkflowResponse(store)
  }
)
