import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TICKETING_MODULE } from "../../modules/ticketing"
import type TicketingModuleService from "../../modules/ticketing/service"
import { endHeldTickets } from "./end-tickets"

/**
 * Ends the tickets on these items whose hold has run out, and frees their reservations.
 * Run under the items' ticket locks, so a ticket is ended once however many sweeps and
 * holds race for it. Nothing to undo: an expired ticket stays expired.
 */
export const releaseExpiredTicketsStep = createStep(
  "release-expired-tickets",
  async ({ inventory_item_ids, now: at }: { inventory_item_ids: string[]; now: Date | string }, { container }) => {
    if (!inventory_item_ids.length) {
      return new StepResponse([] as string[])
    }
    const now = new Date(at)
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const expired = await ticketing.listTickets({
      inventory_item_id: inventory_item_ids,
      status: "held",
      expires_at: { $lte: now },
    })
    const ended = await endHeldTickets(container, expired, { status: "expired", reason: "hold ran out", now })
    return new StepResponse(ended.map((ticket) => ticket.id))
  }
)
