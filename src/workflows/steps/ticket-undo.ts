import type { MedusaContainer } from "@medusajs/framework/types"
import { TICKETING_MODULE } from "../../modules/ticketing"
import type { EndedTicket, HeldLine, LineHoldRequest } from "../../modules/ticketing/ledger"
import type TicketingModuleService from "../../modules/ticketing/service"
import { withReservationLocks } from "./ticket-locks"

/** A ticket as the ticketing module lists it. */
export type HeldTicket = Awaited<ReturnType<TicketingModuleService["listTickets"]>>[number]

export type { EndedTicket }

/** A resized ticket: how it was, and the line request that resized it. */
export type ResizedTicket = {
  before: HeldLine
  request: Omit<LineHoldRequest, "quantity" | "hold_minutes" | "max_hold_minutes">
}

/** What a step did to tickets, so that it can be put back exactly. */
export type TicketUndo = {
  created: { ticket_id: string; inventory_item_id: string }[]
  resized: ResizedTicket[]
  ended: EndedTicket[]
}

export const emptyUndo = (): TicketUndo => ({ created: [], resized: [], ended: [] })

/** Holds ended tickets again where their units are still free. */
export async function restoreEndedTickets(container: MedusaContainer, ended: EndedTicket[]) {
  if (!ended.length) {
    return
  }
  const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
  await withReservationLocks(
    container,
    ended.map((ticket) => ticket.inventory_item_id),
    () => ticketing.reopenTickets(ended)
  )
}

/** Puts back what a step did to tickets, newest first. */
export async function undoTicketChanges(container: MedusaContainer, undo: TicketUndo) {
  const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
  const created = undo.created.splice(0)
  const resized = undo.resized.splice(0).reverse()
  const ended = undo.ended.splice(0)
  const itemIds = [
    ...created.map((ticket) => ticket.inventory_item_id),
    ...resized.map((ticket) => ticket.request.inventory_item_id),
  ]
  await withReservationLocks(container, itemIds, async () => {
    await ticketing.dropTickets(created.map((ticket) => ticket.ticket_id))
    for (const ticket of resized) {
      await ticketing.restoreHold(ticket.before, ticket.request)
    }
  })
  await restoreEndedTickets(container, ended)
}
