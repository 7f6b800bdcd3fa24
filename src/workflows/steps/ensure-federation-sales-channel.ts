import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

export const FEDERATION_CHANNEL_NAME = "Federation"

/**
 * The one sales channel that holds every store's products, so a single cart (and the
 * storefront's publishable key) can take them all. It is found by a metadata flag
 * rather than its name so an admin may rename it.
 */
export const ensureFederationSalesChannelStep = createStep(
  "ensure-federation-sales-channel",
  async (_: void, { container }) => {
    const salesChannels = container.resolve(Modules.SALES_CHANNEL)
    const channels = await salesChannels.listSalesChannels({}, { select: ["id", "metadata"] })
    const existing = channels.find((channel) => channel.metadata?.federation_wide === true)
    if (existing) {
      return new StepResponse(existing.id)
    }
    const created = await salesChannels.createSalesChannels({
      name: FEDERATION_CHANNEL_NAME,
      description: "Every federated store's products, for the one shopper cart.",
    })
    await salesChannels.updateSalesChannels(created.id, { metadata: { federation_wide: true } })
    return new StepResponse(created.id, created.id)
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    await container.resolve(Modules.SALES_CHANNEL).deleteSalesChannels(createdId)
  }
)
