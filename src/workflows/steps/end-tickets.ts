import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { TICKETING_MODULE } from "../../modules/ticketing"
import type TicketingModuleService from "../../modules/ticketing/service"
import { withReservationLocks } from "./ticket-locks"
import { EndedTicket, restoreEndedTickets } from "./ticket-undo"

export type EndTicketsInput = {
  /** These held tickets, on these items (the items' reservations are written). */
  tickets: { id: string; inventory_item_id: string }[]
  status: "released" | "expired"
  reason: string
  /** A clock of the caller's (tests); otherwise the database's instant. */
  now?: Date | string | null
  /** Only holds that ran out by `now` (the sweep: a hold extended meanwhile stays held). */
  only_run_out?: boolean
}

/** Frees the units of held tickets and records how and why they ended. */
export async function endHeldTickets(
  container: MedusaContainer,
  tickets: { id: string; inventory_item_id: string }[],
  { status, reason, now }: { status: EndTicketsInput["status"]; reason: string; now?: Date | null }
): Promise<EndedTicket[]> {
  if (!tickets.length) {
    return []
  }
  const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
  return withReservationLocks(
    container,
    tickets.map((ticket) => ticket.inventory_item_id),
    () =>
      ticketing.endHeldTickets(
        tickets.map((ticket) => ticket.id),
        { status, reason, now }
      )
  )
}

/**
 * Ends the still-held tickets among `tickets` and frees their units, each exactly once
 * however many requests race for it (a ticket another request ended is skipped).
 */
export const endTicketsStep = createStep(
  "end-tickets",
  async (input: EndTicketsInput, { container }) => {
    const now = input.now ? new Date(input.now) : null
    let ended: EndedTicket[]
    if (input.only_run_out) {
      const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
      const itemIds = [...new Set(input.tickets.map((ticket) => ticket.inventory_item_id))]
      ended = itemIds.length ? await withReservationLocks(container, itemIds, () => ticketing.endRunOutTickets(now, itemIds)) : []
    } else {
      ended = await endHeldTickets(container, input.tickets, { status: input.status, reason: input.reason, now })
    }
    return new StepResponse(ended, ended)
  },
  async (ended, { container }) => {
    if (ended?.length) {
      await restoreEndedTickets(container, ended)
    }
  }
)
