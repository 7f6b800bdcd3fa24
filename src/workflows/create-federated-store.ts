import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, createSalesChannelsWorkflow, createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { FEDERATION_MODULE } from "../modules/federation"
import { createFederatedStoreStep } from "./steps/create-federated-store"
import { issueDistributorSecretStep } from "./steps/issue-distributor-secret"
import { ensureFederationSalesChannelStep } from "./steps/ensure-federation-sales-channel"
import { validateStockLocationsStep } from "./steps/validate-stock-locations"
import type { CreateFederatedStoreInput } from "./types"

/**
 * A new store gets its own sales channel and serves from the given stock locations (or
 * a new one). Its locations also serve the federation-wide channel, so the one cart can
 * fulfil from them.
 */
export const createFederatedStoreWorkflow = createWorkflow(
  "create-federated-store",
  (input: WorkflowData<CreateFederatedStoreInput>) => {
    const givenLocationIds = transform({ input }, ({ input }) => input.stock_location_ids ?? [])
    validateStockLocationsStep(givenLocationIds)

    const storeData = transform({ input }, ({ input }) => {
      const { stock_location_ids: _ignored, ...data } = input
      return data
    })
    const store = createFederatedStoreStep(storeData)
    // Its hand-offs are signed with this; the result is the one place it is shown in clear.
    const distributorSecret = issueDistributorSecretStep(transform({ store }, ({ store }) => store.id))
    const federationChannelId = ensureFederationSalesChannelStep()

    const storeChannels = createSalesChannelsWorkflow.runAsStep({
      input: transform({ store }, ({ store }) => ({
        salesChannelsData: [{ name: store.name, description: `Catalogue of ${store.name}` }],
      })),
    })

    const newLocations = when({ givenLocationIds }, ({ givenLocationIds }) => !givenLocationIds.length).then(() =>
      createStockLocationsWorkflow.runAsStep({
        input: transform({ store }, ({ store }) => ({
          locations: [{ name: `${store.name} warehouse` }],
        })),
      })
    )

    const links = transform(
      { store, storeChannels, federationChannelId, givenLocationIds, newLocations },
      ({ store, storeChannels, federationChannelId, givenLocationIds, newLocations }) => {
        const locationIds = givenLocationIds.length ? givenLocationIds : (newLocations ?? []).map((location) => location.id)
        const storeChannelId = storeChannels[0].id
        return [
          {
            [FEDERATION_MODULE]: { federated_store_id: store.id },
            [Modules.SALES_CHANNEL]: { sales_channel_id: storeChannelId },
          },
          ...locationIds.flatMap((stock_location_id) => [
            {
              [FEDERATION_MODULE]: { federated_store_id: store.id },
              [Modules.STOCK_LOCATION]: { stock_location_id },
            },
            ...[storeChannelId, federationChannelId].map((sales_channel_id) => ({
              [Modules.SALES_CHANNEL]: { sales_channel_id },
              [Modules.STOCK_LOCATION]: { stock_location_id },
            })),
          ]),
        ]
      }
    )
    createRemoteLinkStep(links)

    return new WorkflowResponse(
      transform({ store, distributorSecret }, ({ store, distributorSecret }) => ({
        ...store,
        distributor_secret: distributorSecret,
      }))
    )
  }
)
