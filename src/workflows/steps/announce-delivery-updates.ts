import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DELIVERY_RELAY_MODULE } from "../../modules/delivery-relay"
import type DeliveryRelayModuleService from "../../modules/delivery-relay/service"
import type { RecordedDeliveryUpdate } from "../../modules/delivery-relay/service"

/**
 * Wakes the shopper's open streams on every instance. Only a nudge: each stream reads the
 * updates after its own cursor, and the feed, a reconnecting stream and the storefront's
 * polling all read the recorded updates. So a failed announcement (Redis away) is logged,
 * and does not take back updates that are already safely recorded.
 */
export const announceDeliveryUpdatesStep = createStep(
  "announce-delivery-updates",
  async (recorded: RecordedDeliveryUpdate[], { container }) => {
    const relay: DeliveryRelayModuleService = container.resolve(DELIVERY_RELAY_MODULE)
    const latest = new Map<string, number>()
    for (const update of recorded) {
      latest.set(update.cart_id, Math.max(latest.get(update.cart_id) ?? 0, update.cursor))
    }
    await Promise.all(
      [...latest].map(([cart_id, cursor]) =>
        relay.announce({ cart_id, cursor }).catch((error: Error) => {
          container
            .resolve(ContainerRegistrationKeys.LOGGER)
            .warn(`delivery relay: could not announce cart ${cart_id}'s updates to open streams: ${error.message}`)
        })
      )
    )
    return new StepResponse(undefined)
  }
)
