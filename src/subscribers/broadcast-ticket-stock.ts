import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { LIVE_STOCK_MODULE } from "../modules/live-stock"
import type LiveStockModuleService from "../modules/live-stock/service"
import { TICKET_STOCK_CHANGED, TicketStockChangedData } from "../modules/ticketing/events"

/**
 * Medusa's Redis event bus gives this event to one instance, but shoppers watching live
 * counts are connected to all of them: hand the change to the live-stock broadcast.
 */
export default async function broadcastTicketStock({ event, container }: SubscriberArgs<TicketStockChangedData>) {
  const liveStock: LiveStockModuleService = container.resolve(LIVE_STOCK_MODULE)
  await liveStock.broadcast({ inventory_item_ids: event.data.inventory_item_ids })
}

export const config: SubscriberConfig = {
  event: TICKET_STOCK_CHANGED,
}
