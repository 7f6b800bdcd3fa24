import { MedusaError } from "@medusajs/framework/utils"

/**
 * Units of an inventory item free at a location, at an instant. Medusa's
 * `reserved_quantity` still counts a ticket whose hold has run out until the sweep
 * releases it; time alone makes those units free again, so they are added back here.
 */
export function freeUnits(
  // Medusa's inventory levels carry big-number quantities: read as numbers here.
  level: { stocked_quantity: unknown; reserved_quantity: unknown },
  expiredButUnswept = 0
): number {
  return Math.max(0, Number(level.stocked_quantity) - Number(level.reserved_quantity) + expiredButUnswept)
}

export const isLive = (ticket: { status: string; expires_at: Date | string }, now: Date) =>
  ticket.status === "held" && new Date(ticket.expires_at).getTime() > now.getTime()

export const SOLD_OUT_MESSAGE = "Sold out: every unit is sold or held in another shopper's cart right now."

/** What a shopper reads when a change asks for more units than they can have (`units`). */
export const notEnoughMessage = (units: number) =>
  units > 0 ? `Only ${units} left: another shopper is holding the rest. Lower the quantity or try again later.` : SOLD_OUT_MESSAGE

/** The 409 a change gets when it asks for more units than the shopper can have (`units`). */
export const notEnoughError = (units: number) => new MedusaError(MedusaError.Types.CONFLICT, notEnoughMessage(units))

/** The variant fields the stock rules below read. */
export const VARIANT_STOCK_FIELDS = [
  "id",
  "manage_inventory",
  "allow_backorder",
  "inventory_items.inventory_item_id",
  "inventory_items.required_quantity",
]

export type VariantStock = {
  id: string
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_items?: ({ inventory_item_id: string; required_quantity: number } | null)[] | null
}

/**
 * The units of each inventory item that `quantity` of a variant takes. A variant whose
 * stock is not tracked, or may be backordered, takes none: it never runs out.
 */
export function unitsNeeded(variant: VariantStock, quantity: number) {
  if (!variant.manage_inventory || variant.allow_backorder) {
    return []
  }
  return (variant.inventory_items ?? []).flatMap((link) =>
    link ? [{ inventory_item_id: link.inventory_item_id, quantity: quantity * link.required_quantity }] : []
  )
}
