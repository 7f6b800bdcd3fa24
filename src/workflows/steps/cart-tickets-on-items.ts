import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { TICKETING_MODULE } from "../../modules/ticketing"
import type TicketingModuleService from "../../modules/ticketing/service"
import { freeUnits } from "../../modules/ticketing/stock"

/**
 * In one read, what a cart change must settle on some items: the cart's own live tickets
 * on them (`mine`) and every held ticket on them whose hold ran out by `now`, whoever's
 * (`runOut`: its units are free, though Medusa still counts them as reserved).
 */
export async function cartTicketsOnItems(
  container: MedusaContainer,
  { cart_id, inventory_item_ids, now }: { cart_id: string; inventory_item_ids: string[]; now: Date }
) {
  const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
  const tickets = await ticketing.listTickets({
    inventory_item_id: inventory_item_ids,
    status: "held",
    $or: [{ cart_id }, { expires_at: { $lte: now } }],
  })
  const ranOut = (ticket: (typeof tickets)[number]) => new Date(ticket.expires_at).getTime() <= now.getTime()
  return {
    mine: tickets.filter((ticket) => ticket.cart_id === cart_id && !ranOut(ticket)),
    runOut: tickets.filter(ranOut),
  }
}

/** Free units of each item over these locations, as Medusa's levels count them. */
export async function freeUnitsByItem(container: MedusaContainer, inventoryItemIds: string[], locationIds: string[]) {
  const levels = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({ inventory_item_id: inventoryItemIds, location_id: locationIds })
  const free = new Map<string, number>()
  for (const level of levels) {
    free.set(level.inventory_item_id, (free.get(level.inventory_item_id) ?? 0) + freeUnits(level))
  }
  return (inventoryItemId: string) => free.get(inventoryItemId) ?? 0
}
