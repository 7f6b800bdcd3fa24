import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { TICKETING_MODULE } from "../../modules/ticketing"
import type TicketingModuleService from "../../modules/ticketing/service"

/**
 * Ends the tickets on these items whose hold has run out, and frees their reservations.
 * Run under the items' locks, so a ticket is ended once however many sweeps and holds
 * race for it. Nothing to undo: an expired ticket stays expired.
 */
export const releaseExpiredTicketsStep = createStep(
  "release-expired-tickets",
  async ({ inventory_item_ids, now: at }: { inventory_item_ids: string[]; now: Date | string }, { container }) => {
    const now = new Date(at)
    if (!inventory_item_ids.length) {
      return new StepResponse([] as string[])
    }
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const expired = await ticketing.listTickets({
      inventory_item_id: inventory_item_ids,
      status: "held",
      expires_at: { $lte: now },
    })
    if (!expired.length) {
      return new StepResponse([] as string[])
    }
    const reservationIds = expired.flatMap((ticket) => (ticket.reservation_id ? [ticket.reservation_id] : []))
    if (reservationIds.length) {
      await container.resolve(Modules.INVENTORY).deleteReservationItems(reservationIds)
    }
    await ticketing.updateTickets(
      expired.map((ticket) => ({
        id: ticket.id,
        status: "expired" as const,
        reservation_id: null,
        ended_at: now,
        end_reason: "hold ran out",
      }))
    )
    return new StepResponse(expired.map((ticket) => ticket.id))
  }
)
