/**
 * Emitted on Medusa's event bus whenever tickets are taken, resized, released, expired or
 * bought: the units free on these inventory items may have changed.
 */
export const TICKET_STOCK_CHANGED = "federated_cart.ticket_stock.changed"

export type TicketStockChangedData = { inventory_item_ids: string[] }
