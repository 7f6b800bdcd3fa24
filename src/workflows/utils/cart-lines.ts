import { unitsNeeded, VariantStock } from "../../modules/ticketing/stock"

/** What a cart query must read to know which units each of its lines needs. */
export const CART_LINE_STOCK_FIELDS = [
  "id",
  "sales_channel_id",
  "completed_at",
  "items.id",
  "items.variant_id",
  "items.quantity",
  "items.variant.id",
  "items.variant.manage_inventory",
  "items.variant.allow_backorder",
  "items.variant.inventory_items.inventory_item_id",
  "items.variant.inventory_items.required_quantity",
  "items.variant.product.federated_store.hold_minutes",
]

export type TicketNeed = { inventory_item_id: string; quantity: number }

/** A cart line and the units of each inventory item it needs in all. */
export type LineHold = {
  line_item_id: string
  variant_id: string
  needs: TicketNeed[]
  /** The selling store's hold time, when it sets its own. */
  hold_minutes?: number | null
}

type CartItem = {
  id: string
  variant_id?: string | null
  quantity: number | string
  variant?: (VariantStock & { product?: { federated_store?: { hold_minutes?: number | null } | null } | null }) | null
}

export type CartWithLines = { id: string; completed_at?: Date | string | null; items?: (CartItem | null)[] | null }

/** The lines of a cart whose stock is tracked, each with the units it needs. */
export function lineHolds(cart: CartWithLines): LineHold[] {
  return (cart.items ?? []).flatMap((item) => {
    if (!item?.variant || !item.variant_id) {
      return []
    }
    const needs = unitsNeeded(item.variant, Number(item.quantity))
    return needs.length
      ? [
          {
            line_item_id: item.id,
            variant_id: item.variant_id,
            needs,
            hold_minutes: item.variant.product?.federated_store?.hold_minutes ?? null,
          },
        ]
      : []
  })
}

export const itemIdsOf = (lines: LineHold[]) => [
  ...new Set(lines.flatMap((line) => line.needs.map((need) => need.inventory_item_id))),
]

/** Adds up needs per inventory item. */
export function sumNeeds(needs: TicketNeed[]): TicketNeed[] {
  const units = new Map<string, number>()
  for (const need of needs) {
    units.set(need.inventory_item_id, (units.get(need.inventory_item_id) ?? 0) + need.quantity)
  }
  return [...units].map(([inventory_item_id, quantity]) => ({ inventory_item_id, quantity }))
}
