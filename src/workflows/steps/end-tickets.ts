import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { TICKETING_MODULE } from "../../modules/ticketing"
import type TicketingModuleService from "../../modules/ticketing/service"
import { EndedTicket, restoreEndedTickets } from "./ticket-undo"

export type EndTicketsInput = {
  ticket_ids: string[]
  status: "released" | "expired" | "purchased"
  reason: string
  now: Date | string
  /** Only tickets whose hold ran out by `now` (a hold extended meanwhile stays held). */
  only_run_out?: boolean
}

type HeldTicket = {
  id: string
  inventory_item_id: string
  location_id: string
  quantity: number
  line_item_id: string
  reservation_id: string | null
}

/** Frees the units of held tickets and records how and why they ended. */
export async function endHeldTickets(
  container: MedusaContainer,
  held: HeldTicket[],
  { status, reason, now }: { status: EndTicketsInput["status"]; reason: string; now: Date }
): Promise<EndedTicket[]> {
  const reservationIds = held.flatMap((ticket) => (ticket.reservation_id ? [ticket.reservation_id] : []))
  if (reservationIds.length) {
    await container.resolve(Modules.INVENTORY).deleteReservationItems(reservationIds)
  }
  if (held.length) {
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    await ticketing.updateTickets(
      held.map((ticket) => ({ id: ticket.id, status, reservation_id: null, ended_at: now, end_reason: reason }))
    )
  }
  return held.map(({ id, inventory_item_id, location_id, quantity, line_item_id, reservation_id }) => ({
    id,
    inventory_item_id,
    location_id,
    quantity,
    line_item_id,
    had_reservation: !!reservation_id,
  }))
}

/**
 * Ends the still-held tickets among `ticket_ids` and frees their units. Run under the
 * items' ticket locks: a ticket another request already ended is skipped, so none is
 * ended twice.
 */
export const endTicketsStep = createStep(
  "end-tickets",
  async (input: EndTicketsInput, { container }) => {
    if (!input.ticket_ids.length) {
      return new StepResponse([] as EndedTicket[], [] as EndedTicket[])
    }
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const now = new Date(input.now)
    const held = await ticketing.listTickets({
      id: input.ticket_ids,
      status: "held",
      ...(input.only_run_out ? { expires_at: { $lte: now } } : {}),
    })
    const ended = await endHeldTickets(container, held, { status: input.status, reason: input.reason, now })
    return new StepResponse(ended, ended)
  },
  async (ended, { container }) => {
    if (ended?.length) {
      await restoreEndedTickets(container, ended)
    }
  }
)
