import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { TICKETING_MODULE } from "../../modules/ticketing"
import type TicketingModuleService from "../../modules/ticketing/service"

export type EndTicketsInput = {
  ticket_ids: string[]
  status: "released" | "expired"
  reason: string
  now: Date | string
  /** Only tickets whose hold ran out by `now` (a hold extended meanwhile stays held). */
  only_run_out?: boolean
}

type Ended = { id: string; inventory_item_id: string; location_id: string; quantity: number; line_item_id: string }

/**
 * Ends the still-held tickets among `ticket_ids` and frees their units. Run under the
 * items' locks: a ticket another request already ended is skipped, so none is ended twice.
 */
export const endTicketsStep = createStep(
  "end-tickets",
  async (input: EndTicketsInput, { container }) => {
    if (!input.ticket_ids.length) {
      return new StepResponse([] as Ended[], [] as Ended[])
    }
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const now = new Date(input.now)
    const held = await ticketing.listTickets({
      id: input.ticket_ids,
      status: "held",
      ...(input.only_run_out ? { expires_at: { $lte: now } } : {}),
    })
    const reservationIds = held.flatMap((ticket) => (ticket.reservation_id ? [ticket.reservation_id] : []))
    if (reservationIds.length) {
      await container.resolve(Modules.INVENTORY).deleteReservationItems(reservationIds)
    }
    if (held.length) {
      await ticketing.updateTickets(
        held.map((ticket) => ({
          id: ticket.id,
          status: input.status,
          reservation_id: null,
          ended_at: now,
          end_reason: input.reason,
        }))
      )
    }
    const ended = held.map(({ id, inventory_item_id, location_id, quantity, line_item_id }) => ({
      id,
      inventory_item_id,
      location_id,
      quantity,
      line_item_id,
    }))
    return new StepResponse(ended, ended)
  },
  async (ended, { container }) => {
    if (!ended?.length) {
      return
    }
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const inventory = container.resolve(Modules.INVENTORY)
    for (const ticket of ended) {
      const reservation = await inventory.createReservationItems({
        inventory_item_id: ticket.inventory_item_id,
        location_id: ticket.location_id,
        quantity: ticket.quantity,
        line_item_id: ticket.line_item_id,
        description: "Federated Cart ticket",
      })
      await ticketing.updateTickets({
        id: ticket.id,
        status: "held",
        reservation_id: reservation.id,
        ended_at: null,
        end_reason: null,
      })
    }
  }
)
