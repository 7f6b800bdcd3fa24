import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { TICKETING_MODULE } from "../../modules/ticketing"
import type TicketingModuleService from "../../modules/ticketing/service"
import { reserveUnticketed, UnticketedUnits } from "./reserve-unticketed"

export type HandTicketsInput = {
  cart_id: string
  /** Units no ticket holds (tickets switched off): reserved for the orders as Medusa's completion does. */
  unticketed: UnticketedUnits
  /** Each store order's items, with the cart line each came from. */
  orders: { id: string; items: { id: string; cart_line_id: string }[] }[]
  now: Date | string
}

type Handed = { ticket_id: string; reservation_id: string; cart_line_id: string; order_item_id: string }
type Done = { handed: Handed[]; reserved: string[] }

/**
 * Makes the cart's held units the orders' reservations. The reservation that backs each
 * ticket is handed to the order line in place — its quantity and location stay, so the
 * units are never free, not even for a moment — and the ticket ends `purchased`. Runs
 * under the items' ticket locks, after every line was confirmed held.
 */
export const reserveOrderUnitsStep = createStep(
  "reserve-order-units",
  async (input: HandTicketsInput, { container }) => {
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const orderItemOf = new Map(input.orders.flatMap((order) => order.items.map((item) => [item.cart_line_id, { order, item }])))
    const held = await ticketing.listTickets({ cart_id: input.cart_id, status: "held" })
    const handed: Handed[] = held.flatMap((ticket) => {
      const target = orderItemOf.get(ticket.line_item_id)
      return target && ticket.reservation_id
        ? [
            {
              ticket_id: ticket.id,
              reservation_id: ticket.reservation_id,
              cart_line_id: ticket.line_item_id,
              order_item_id: target.item.id,
            },
          ]
        : []
    })
    const orderOf = new Map(input.orders.flatMap((order) => order.items.map((item) => [item.id, order.id])))
    await updateReservations(
      container,
      handed.map((h) => ({
        id: h.reservation_id,
        line_item_id: h.order_item_id,
        description: `Order ${orderOf.get(h.order_item_id)}`,
      }))
    )
    const now = new Date(input.now)
    await ticketing.updateTickets(
      handed.map((h) => ({
        id: h.ticket_id,
        status: "purchased" as const,
        reservation_id: null,
        ended_at: now,
        end_reason: `order ${orderOf.get(h.order_item_id)}`,
      }))
    )
    const done: Done = { handed, reserved: [] }
    done.reserved = await reserveUnticketed(container, input.unticketed)
    return new StepResponse(done, done)
  },
  async (done, { container }) => {
    if (done?.reserved.length) {
      await container.resolve(Modules.INVENTORY).deleteReservationItems(done.reserved)
    }
    const handed = done?.handed ?? []
    if (!handed.length) {
      return
    }
    await updateReservations(
      container,
      handed.map((h) => ({ id: h.reservation_id, line_item_id: h.cart_line_id, description: "Federated Cart ticket" }))
    )
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    await ticketing.updateTickets(
      handed.map((h) => ({
        id: h.ticket_id,
        status: "held" as const,
        reservation_id: h.reservation_id,
        ended_at: null,
        end_reason: null,
      }))
    )
  }
)

/**
 * Medusa's reservation update keeps the line it belongs to out of its input type, but
 * writes it: the order's fulfillment finds a reservation by its order line.
 */
async function updateReservations(
  container: Parameters<Parameters<typeof createStep>[1]>[1]["container"],
  updates: { id: string; line_item_id: string; description: string }[]
) {
  if (updates.length) {
    await container.resolve(Modules.INVENTORY).updateReservationItems(updates as { id: string; description: string }[])
  }
}
