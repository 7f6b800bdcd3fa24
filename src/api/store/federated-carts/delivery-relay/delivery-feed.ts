import type { MedusaContainer } from "@medusajs/framework/types"
import { DELIVERY_RELAY_MODULE } from "../../../../modules/delivery-relay"
import type DeliveryRelayModuleService from "../../../../modules/delivery-relay/service"
import type { RecordedDeliveryUpdate } from "../../../../modules/delivery-relay/service"

/** One update as the shopper sees it. */
export type DeliveryUpdateView = Pick<
  RecordedDeliveryUpdate,
  "cursor" | "kind" | "happened_at" | "order_group_id" | "order_id" | "federated_store_id" | "fulfillment_id"
>

export function viewOfUpdate(update: RecordedDeliveryUpdate): DeliveryUpdateView {
  const { cursor, kind, happened_at, order_group_id, order_id, federated_store_id, fulfillment_id } = update
  return { cursor, kind, happened_at, order_group_id, order_id, federated_store_id, fulfillment_id }
}

/**
 * A page of a cart's updates after a cursor, oldest first, and the cursor to ask after
 * next time (the same one when nothing is new), so a poller never skips nor repeats one.
 */
export async function readDeliveryFeed(
  scope: MedusaContainer,
  cartId: string,
  { after, limit }: { after: number; limit: number }
) {
  const relay: DeliveryRelayModuleService = scope.resolve(DELIVERY_RELAY_MODULE)
  // One more than asked tells whether another page follows.
  const read = await relay.listCartUpdatesAfter(cartId, { after, limit: limit + 1 })
  const updates = read.slice(0, limit)
  return {
    deliveries: updates.map(viewOfUpdate),
    next_cursor: updates.length ? updates[updates.length - 1].cursor : after,
    has_more: read.length > limit,
  }
}
