import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { withReservationLocks } from "./ticket-locks"

export type UnticketedUnits = {
  items: {
    /** The order line the units are for. */
    id?: string
    inventory_item_id: string
    required_quantity: number
    allow_backorder: boolean
    quantity: number
    location_ids: string[]
  }[]
}

/**
 * Reserves units no ticket holds, as Medusa's completion does: at the first of the store's
 * locations with enough free stock, under the items' reservation locks. Returns the
 * reservations made, so a failed checkout can take them back.
 */
export async function reserveUnticketed(container: MedusaContainer, { items }: UnticketedUnits): Promise<string[]> {
  if (!items.length) {
    return []
  }
  const inventory = container.resolve(Modules.INVENTORY)
  return withReservationLocks(
    container,
    items.map((item) => item.inventory_item_id),
    async () => {
      const levels = await inventory.listInventoryLevels({
        inventory_item_id: items.map((item) => item.inventory_item_id),
      })
      const reservations = items.map((item) => {
        const units = item.required_quantity * item.quantity
        const level = item.location_ids
          .map((locationId) => levels.find((l) => l.inventory_item_id === item.inventory_item_id && l.location_id === locationId))
          .find((l) => l && (item.allow_backorder || Number(l.stocked_quantity) - Number(l.reserved_quantity) >= units))
        if (!level) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            "Some items in your cart are no longer in stock. Please review the cart."
          )
        }
        level.reserved_quantity = (Number(level.reserved_quantity) + units) as never
        return {
          line_item_id: item.id,
          inventory_item_id: item.inventory_item_id,
          location_id: level.location_id,
          quantity: units,
          allow_backorder: item.allow_backorder,
        }
      })
      const created = await inventory.createReservationItems(reservations)
      return created.map((reservation) => reservation.id)
    }
  )
}
