import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { FEDERATION_MODULE } from "../modules/federation"
import { ensureFederationSalesChannelStep } from "./steps/ensure-federation-sales-channel"
import { forgetStockContextStep } from "./steps/forget-stock-context"
import { validateProductsExistStep } from "./steps/validate-products-exist"
import type { AssignFederatedStoreProductsInput } from "./types"

type ProductWithStore = {
  id: string
  federated_store?: { id: string; sales_channel?: { id: string } | null } | null
}

const storeProductLink = (storeId: string, productId: string) => ({
  [FEDERATION_MODULE]: { federated_store_id: storeId },
  [Modules.PRODUCT]: { product_id: productId },
})

const productChannelLink = (productId: string, channelId: string) => ({
  [Modules.PRODUCT]: { product_id: productId },
  [Modules.SALES_CHANNEL]: { sales_channel_id: channelId },
})

/**
 * Puts products into a store (moving them out of the store that sold them before) or
 * takes them out. A product a store sells is in the store's own sales channel and in the
 * federation-wide one; a product no store sells is in neither.
 */
export const assignFederatedStoreProductsWorkflow = createWorkflow(
  "assign-federated-store-products",
  (input: WorkflowData<AssignFederatedStoreProductsInput>) => {
    const { data: stores } = useQueryGraphStep({
      entity: "federated_store",
      fields: ["id", "sales_channel.id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-federated-store" })

    const productIds = transform({ input }, ({ input }) => [...new Set([...(input.add ?? []), ...(input.remove ?? [])])])
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "federated_store.id", "federated_store.sales_channel.id"],
      filters: { id: productIds },
    }).config({ name: "get-products-with-store" })
    validateProductsExistStep({ ids: productIds, found: products })

    const federationChannelId = ensureFederationSalesChannelStep()

    const changes = transform(
      { input, stores, products, federationChannelId },
      ({ input, stores, products, federationChannelId }) => {
        const store = stores[0]
        const byId = new Map((products as ProductWithStore[]).map((p) => [p.id, p]))
        const create: Record<string, Record<string, string>>[] = []
        const dismiss: Record<string, Record<string, string>>[] = []
        const leaveStore = (product: ProductWithStore) => {
          const current = product.federated_store
          if (!current) {
            return
          }
          dismiss.push(storeProductLink(current.id, product.id))
          if (current.sales_channel) {
            dismiss.push(productChannelLink(product.id, current.sales_channel.id))
          }
        }

        for (const id of input.remove ?? []) {
          const product = byId.get(id)!
          if (product.federated_store?.id !== store.id) {
            continue
          }
          leaveStore(product)
          dismiss.push(productChannelLink(id, federationChannelId))
        }
        for (const id of input.add ?? []) {
          const product = byId.get(id)!
          if (product.federated_store?.id === store.id) {
            continue
          }
          leaveStore(product)
          create.push(storeProductLink(store.id, id))
          if (store.sales_channel) {
            create.push(productChannelLink(id, store.sales_channel.id))
          }
          if (!product.federated_store) {
            create.push(productChannelLink(id, federationChannelId))
          }
        }
        return { create, dismiss }
      }
    )

    dismissRemoteLinkStep(transform({ changes }, ({ changes }) => changes.dismiss))
    createRemoteLinkStep(transform({ changes }, ({ changes }) => changes.create))
    forgetStockContextStep()

    return new WorkflowResponse({ id: input.id })
  }
)
