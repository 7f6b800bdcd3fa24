import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TICKETING_MODULE } from "../../modules/ticketing"
import type TicketingModuleService from "../../modules/ticketing/service"
import { endHeldTickets } from "./end-tickets"
import { restoreEndedTickets } from "./ticket-undo"

/**
 * Marks the cart's held tickets bought by the order. Their units are already the order's
 * reservations (checkout lifted the tickets' own), so no stock moves here.
 */
export const purchaseCartTicketsStep = createStep(
  "purchase-cart-tickets",
  async ({ cart_id, order_id }: { cart_id: string; order_id: string }, { container }) => {
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const held = await ticketing.listTickets({ cart_id, status: "held" })
    const ended = await endHeldTickets(container, held, { status: "purchased", reason: `order ${order_id}`, now: new Date() })
    return new StepResponse(ended, ended)
  },
  async (ended, { container }) => {
    if (ended?.length) {
      await restoreEndedTickets(container, ended)
    }
  }
)
