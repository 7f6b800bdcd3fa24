import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { TICKETING_MODULE } from "../../modules/ticketing"
import { freeUnits, SOLD_OUT_MESSAGE } from "../../modules/ticketing/stock"
import type TicketingModuleService from "../../modules/ticketing/service"

export type TicketNeed = { inventory_item_id: string; quantity: number }

export type PlaceTicketHoldInput = {
  cart_id: string
  line_item_id: string
  variant_id: string
  /** Units of each inventory item the line needs in all (not the change). */
  needs: TicketNeed[]
  location_ids: string[]
  now: Date | string
  hold_minutes?: number
}

type TicketSnapshot = {
  id: string
  quantity: number
  expires_at: Date
  reservation_id: string | null
  reservation_quantity: number
}

type Undo = { created: { ticket_id: string; reservation_id: string }[]; changed: TicketSnapshot[] }

/**
 * Makes the line's tickets cover exactly what it needs: takes new ones, grows or shrinks
 * existing ones (at the location they already hold), and restarts the hold. Refuses with
 * a 409 naming the free count when the units are not there. Run under the items' locks,
 * after run-out tickets were released, so `reserved_quantity` counts only live holds.
 */
export const placeTicketHoldStep = createStep(
  "place-ticket-hold",
  async (input: PlaceTicketHoldInput, { container }) => {
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const inventory = container.resolve(Modules.INVENTORY)
    const expiresAt = ticketing.holdUntil(input.now, input.hold_minutes)
    const undo: Undo = { created: [], changed: [] }

    try {
      for (const need of input.needs) {
        const [current] = await ticketing.listTickets({
          line_item_id: input.line_item_id,
          inventory_item_id: need.inventory_item_id,
          status: "held",
        })
        const candidates = current ? [current.location_id] : input.location_ids
        const levels = await inventory.listInventoryLevels({
          inventory_item_id: need.inventory_item_id,
          location_id: candidates,
        })
        const freeAt = (locationId: string) => {
          const level = levels.find((l) => l.location_id === locationId)
          return level
            ? freeUnits({ stocked_quantity: Number(level.stocked_quantity), reserved_quantity: Number(level.reserved_quantity) }, 0)
            : 0
        }
        const alreadyHeld = current?.quantity ?? 0
        const extra = need.quantity - alreadyHeld
        const location = [...candidates].sort((a, b) => freeAt(b) - freeAt(a))[0]
        if (extra > 0 && (!location || freeAt(location) < extra)) {
          const free = location ? freeAt(location) : 0
          throw new MedusaError(
            MedusaError.Types.CONFLICT,
            free + alreadyHeld > 0
              ? `Only ${free + alreadyHeld} left: another shopper is holding the rest. Lower the quantity or try again later.`
              : SOLD_OUT_MESSAGE
          )
        }

        if (current) {
          const reservation = current.reservation_id
            ? await inventory.retrieveReservationItem(current.reservation_id)
            : null
          undo.changed.push({
            id: current.id,
            quantity: current.quantity,
            expires_at: current.expires_at,
            reservation_id: current.reservation_id,
            reservation_quantity: Number(reservation?.quantity ?? current.quantity),
          })
          if (current.reservation_id) {
            await inventory.updateReservationItems({ id: current.reservation_id, quantity: need.quantity })
          }
          await ticketing.updateTickets({ id: current.id, quantity: need.quantity, expires_at: expiresAt })
          continue
        }

        const reservation = await inventory.createReservationItems({
          inventory_item_id: need.inventory_item_id,
          location_id: location!,
          quantity: need.quantity,
          line_item_id: input.line_item_id,
          description: "Federated Cart ticket",
        })
        const ticket = await ticketing.createTickets({
          cart_id: input.cart_id,
          line_item_id: input.line_item_id,
          variant_id: input.variant_id,
          inventory_item_id: need.inventory_item_id,
          location_id: location!,
          quantity: need.quantity,
          reservation_id: reservation.id,
          expires_at: expiresAt,
        })
        undo.created.push({ ticket_id: ticket.id, reservation_id: reservation.id })
      }
    } catch (error) {
      await undoHold(container, undo)
      throw error
    }
    return new StepResponse(undo, undo)
  },
  async (undo, { container }) => {
    if (undo) {
      await undoHold(container, undo)
    }
  }
)

async function undoHold(container: MedusaContainer, undo: Undo) {
  const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
  const inventory = container.resolve(Modules.INVENTORY)
  if (undo.created.length) {
    await inventory.deleteReservationItems(undo.created.map((c) => c.reservation_id))
    await ticketing.deleteTickets(undo.created.map((c) => c.ticket_id))
  }
  for (const snapshot of undo.changed) {
    if (snapshot.reservation_id) {
      await inventory.updateReservationItems({ id: snapshot.reservation_id, quantity: snapshot.reservation_quantity })
    }
    await ticketing.updateTickets({ id: snapshot.id, quantity: snapshot.quantity, expires_at: snapshot.expires_at })
  }
  undo.created = []
  undo.changed = []
}
