import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteSalesChannelsWorkflow, removeRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { FEDERATION_MODULE } from "../modules/federation"
import { assertStoreHasNoProductsStep } from "./steps/assert-store-has-no-products"
import { deleteFederatedStoreStep } from "./steps/delete-federated-store"

/**
 * Deletes a store that no longer sells anything, with its own sales channel. Its stock
 * locations stay: they hold inventory other stores may share.
 */
export const deleteFederatedStoreWorkflow = createWorkflow("delete-federated-store", (input: WorkflowData<{ id: string }>) => {
  const { data: stores } = useQueryGraphStep({
    entity: "federated_store",
    fields: ["id", "name", "products.id", "sales_channel.id"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  const store = transform({ stores }, ({ stores }) => stores[0])
  assertStoreHasNoProductsStep(store)

  removeRemoteLinkStep({ [FEDERATION_MODULE]: { federated_store_id: input.id } })
  when({ store }, ({ store }) => !!store.sales_channel).then(() => {
    deleteSalesChannelsWorkflow.runAsStep({
      input: transform({ store }, ({ store }) => ({ ids: store.sales_channel ? [store.sales_channel.id] : [] })),
    })
  })
  deleteFederatedStoreStep(input.id)

  return new WorkflowResponse({ id: input.id })
})
