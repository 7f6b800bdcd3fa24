import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { TICKETING_MODULE } from "../../modules/ticketing"
import type TicketingModuleService from "../../modules/ticketing/service"

export type HandTicketsInput = {
  cart_id: string
  /** Each store order's items, with the cart line each came from. */
  orders: { id: string; items: { id: string; cart_line_id: string }[] }[]
}

type Handed = { ticket_id: string; reservation_id: string; cart_line_id: string; order_item_id: string }
type Done = { handed: Handed[] }

/**
 * Makes the cart's held units the orders' reservations. The reservation that backs each
 * ticket is handed to the order line in place — its quantity and location stay, so the
 * units are never free, not even for a moment — and the ticket ends `purchased`, in one
 * statement. Runs after every line was confirmed held; should a ticket have ended since,
 * the checkout is refused and undone.
 */
export const reserveOrderUnitsStep = createStep(
  "reserve-order-units",
  async (input: HandTicketsInput, { container }) => {
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const orderItemOf = new Map(input.orders.flatMap((order) => order.items.map((item) => [item.cart_line_id, { order, item }])))
    const held = await ticketing.listTickets({ cart_id: input.cart_id, status: "held" })
    const handover = held.flatMap((ticket) => {
      const target = orderItemOf.get(ticket.line_item_id)
      return target && ticket.reservation_id
        ? [{ ticket_id: ticket.id, order_item_id: target.item.id, order_id: target.order.id }]
        : []
    })
    const handed = await ticketing.purchaseTickets(handover)
    const done: Done = { handed }
    if (handed.length < handover.length) {
      await ticketing.unpurchaseTickets(handed)
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "A hold in this cart ended while it was being checked out. Please review your cart and try again."
      )
    }
    return new StepResponse(done, done)
  },
  async (done, { container }) => {
    if (done?.handed.length) {
      const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
      await ticketing.unpurchaseTickets(done.handed)
    }
  }
)
