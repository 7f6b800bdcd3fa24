import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { TICKETING_MODULE } from "../../modules/ticketing"
import type TicketingModuleService from "../../modules/ticketing/service"
import { withReservationLocks } from "./ticket-locks"
import { HeldTicket, recreateReservation } from "./ticket-undo"

export type LiftedTicket = Pick<HeldTicket, "id" | "inventory_item_id" | "location_id" | "quantity" | "line_item_id">

/**
 * Takes the reservations off held tickets, keeping the tickets. Medusa's own stock checks
 * (core add-to-cart, core completion) count every reservation, the holder's too, so a
 * holder could not buy the last unit it holds; lifted, the units are free for exactly the
 * request that lifted them, because it holds the items' ticket locks until the units are
 * reserved again — for the line, or for the order.
 */
export async function liftTickets(container: MedusaContainer, held: HeldTicket[]): Promise<LiftedTicket[]> {
  const backed = held.filter((ticket) => ticket.reservation_id)
  if (backed.length) {
    await container.resolve(Modules.INVENTORY).deleteReservationItems(backed.map((ticket) => ticket.reservation_id!))
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    await ticketing.updateTickets(backed.map((ticket) => ({ id: ticket.id, reservation_id: null })))
  }
  return backed.map(({ id, inventory_item_id, location_id, quantity, line_item_id }) => ({
    id,
    inventory_item_id,
    location_id,
    quantity,
    line_item_id,
  }))
}

/** Backs lifted tickets with reservations again. */
export async function restoreLifted(container: MedusaContainer, lifted: LiftedTicket[]) {
  if (!lifted.length) {
    return
  }
  const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
  await withReservationLocks(
    container,
    lifted.map((ticket) => ticket.inventory_item_id),
    async () => {
      for (const ticket of lifted) {
        const reservation = await recreateReservation(container, ticket)
        await ticketing.updateTickets({ id: ticket.id, reservation_id: reservation.id })
      }
    }
  )
}
