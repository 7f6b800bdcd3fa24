import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { TICKETING_MODULE } from "../../modules/ticketing"
import type TicketingModuleService from "../../modules/ticketing/service"

/** A ticket as the ticketing module lists it. */
export type HeldTicket = Awaited<ReturnType<TicketingModuleService["listTickets"]>>[number]

type Reservable = { inventory_item_id: string; location_id: string; quantity: number; line_item_id: string }

/** The Medusa reservation that backs a ticket's units (with this id, when given). */
export function recreateReservation(container: MedusaContainer, ticket: Reservable, reservationId?: string) {
  return container.resolve(Modules.INVENTORY).createReservationItems({
    ...(reservationId ? { id: reservationId } : {}),
    inventory_item_id: ticket.inventory_item_id,
    location_id: ticket.location_id,
    quantity: ticket.quantity,
    line_item_id: ticket.line_item_id,
    description: "Federated Cart ticket",
  })
}

/** A ticket that was ended, and whether a reservation backed it until then. */
export type EndedTicket = Reservable & { id: string; had_reservation: boolean }

/** What a step did to tickets, so that it can be put back exactly. */
export type TicketUndo = {
  created: { ticket_id: string; reservation_id: string }[]
  changed: {
    id: string
    before: { quantity: number; expires_at: Date; reservation_id: string | null }
    reservation_quantity_before: number | null
    created_reservation_id: string | null
  }[]
  ended: EndedTicket[]
}

/** Puts ended tickets back in the held state, backed as they were. */
export async function restoreEndedTickets(container: MedusaContainer, ended: EndedTicket[]) {
  const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
  for (const ticket of ended) {
    const reservation = ticket.had_reservation ? await recreateReservation(container, ticket) : null
    await ticketing.updateTickets({
      id: ticket.id,
      status: "held",
      reservation_id: reservation?.id ?? null,
      ended_at: null,
      end_reason: null,
    })
  }
}

export async function undoTicketChanges(container: MedusaContainer, undo: TicketUndo) {
  const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
  const inventory = container.resolve(Modules.INVENTORY)
  await restoreEndedTickets(container, undo.ended.splice(0))
  for (const change of undo.changed.splice(0).reverse()) {
    if (change.created_reservation_id) {
      await inventory.deleteReservationItems([change.created_reservation_id])
    } else if (change.before.reservation_id && change.reservation_quantity_before !== null) {
      await inventory.updateReservationItems({
        id: change.before.reservation_id,
        quantity: change.reservation_quantity_before,
      })
    }
    await ticketing.updateTickets({ id: change.id, ...change.before })
  }
  const created = undo.created.splice(0)
  if (created.length) {
    await inventory.deleteReservationItems(created.map((c) => c.reservation_id))
    await ticketing.deleteTickets(created.map((c) => c.ticket_id))
  }
}
