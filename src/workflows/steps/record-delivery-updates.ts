import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_RELAY_MODULE } from "../../modules/delivery-relay"
import type DeliveryRelayModuleService from "../../modules/delivery-relay/service"
import type { NewDeliveryUpdate } from "../../modules/delivery-relay/service"

/** Records the updates not recorded yet; undoing removes exactly the ones this step recorded. */
export const recordDeliveryUpdatesStep = createStep(
  "record-delivery-updates",
  async (updates: NewDeliveryUpdate[], { container }) => {
    const relay: DeliveryRelayModuleService = container.resolve(DELIVERY_RELAY_MODULE)
    const recorded = await relay.recordDeliveryUpdates(updates)
    return new StepResponse(
      recorded,
      recorded.map((update) => update.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const relay: DeliveryRelayModuleService = container.resolve(DELIVERY_RELAY_MODULE)
    await relay.deleteDeliveryUpdates(ids)
  }
)
