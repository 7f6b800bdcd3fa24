import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TICKETING_MODULE } from "../../modules/ticketing"
import { isLive } from "../../modules/ticketing/stock"
import type TicketingModuleService from "../../modules/ticketing/service"

type Extension = { id: string; expires_at: Date }

/**
 * Restarts the hold of a cart's live tickets, each up to the maximum counted from when it
 * was taken. A ticket whose hold already ran out is not revived here: its units may have
 * gone to someone else, so it has to be held again.
 */
export const extendHoldsStep = createStep(
  "extend-holds",
  async (
    {
      cart_id,
      now,
      hold_minutes_by_line,
    }: { cart_id: string; now: Date | string; hold_minutes_by_line: Record<string, number | null> },
    { container }
  ) => {
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const live = (await ticketing.listTickets({ cart_id, status: "held" })).filter((ticket) => isLive(ticket, new Date(now)))
    const before: Extension[] = live.map(({ id, expires_at }) => ({ id, expires_at }))
    if (live.length) {
      await ticketing.updateTickets(
        live.map((ticket) => ({
          id: ticket.id,
          expires_at: ticketing.holdUntil(now, hold_minutes_by_line[ticket.line_item_id], ticket.created_at),
        }))
      )
    }
    return new StepResponse(before, before)
  },
  async (before, { container }) => {
    if (before?.length) {
      const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
      await ticketing.updateTickets(before)
    }
  }
)
