import { unitsNeeded, VARIANT_STOCK_FIELDS, VariantStock } from "../../modules/ticketing/stock"

export type TicketNeed = { inventory_item_id: string; quantity: number }

/** A cart line and the units of each inventory item it needs in all. */
export type LineHold = {
  line_item_id: string
  variant_id: string
  needs: TicketNeed[]
  /** The selling store's hold time, when it sets its own. */
  hold_minutes?: number | null
}

/** A variant's stock fields and the hold time of the store that sells it. */
export type StockedVariant = VariantStock & {
  product_id?: string | null
  product?: { title?: string | null; federated_store?: { hold_minutes?: number | null } | null } | null
}

/**
 * What a query of variants must read for `variantUnits`; the store's hold time is added
 * from a short-lived cache (see `cartStockContext`), not read through two links per add.
 */
export const STOCKED_VARIANT_FIELDS = [...VARIANT_STOCK_FIELDS, "product_id"]

/** What a cart query must read to know which units each of its lines needs. */
export const CART_LINE_STOCK_FIELDS = [
  "id",
  "sales_channel_id",
  "completed_at",
  // Read with the lines at no extra cost: whether the change may move the bonus lines.
  "currency_code",
  "metadata",
  "items.id",
  "items.variant_id",
  "items.quantity",
  "items.metadata",
  ...STOCKED_VARIANT_FIELDS.map((field) => `items.variant.${field}`),
]

type CartItem = {
  id: string
  variant_id?: string | null
  quantity: number | string
  metadata?: Record<string, unknown> | null
  variant?: StockedVariant | null
}

export type CartWithLines = {
  id: string
  completed_at?: Date | string | null
  currency_code?: string
  metadata?: Record<string, unknown> | null
  items?: (CartItem | null)[] | null
}

/** The lines of a cart whose stock is tracked, each with the units it needs. */
export const lineHolds = (cart: CartWithLines): LineHold[] =>
  linesOnItems(
    (cart.items ?? []).flatMap((item) => (item ? [item] : [])),
    cartVariantUnits(cart)
  )

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

/** What one unit of each variant needs, and how long its store holds it. */
export type VariantUnits = Record<string, { needs: TicketNeed[]; hold_minutes: number | null }>

export function variantUnits(variants: (StockedVariant | null | undefined)[]): VariantUnits {
  return Object.fromEntries(
    variants.flatMap((variant) =>
      variant
        ? [[variant.id, { needs: unitsNeeded(variant, 1), hold_minutes: variant.product?.federated_store?.hold_minutes ?? null }]]
        : []
    )
  )
}

/** What `quantity` of a variant needs of each item (`items`: only these). */
export const needsOf = (units: VariantUnits, variantId: string | null | undefined, quantity: number, items?: string[]) =>
  (units[variantId ?? ""]?.needs ?? [])
    .filter((need) => !items || items.includes(need.inventory_item_id))
    .map((need) => ({ ...need, quantity: need.quantity * quantity }))

/** The units of the variants a cart's lines are of. */
export const cartVariantUnits = (cart: CartWithLines) => variantUnits((cart.items ?? []).map((item) => item?.variant))

/** Lines (as the cart module lists them) and what each needs of these items (all, if none named). */
export function linesOnItems(
  items: { id: string; variant_id?: string | null; quantity: unknown }[],
  units: VariantUnits,
  itemIds?: string[]
): LineHold[] {
  return items.flatMap((item) => {
    const needs = needsOf(units, item.variant_id, Number(item.quantity), itemIds)
    return needs.length
      ? [{ line_item_id: item.id, variant_id: item.variant_id!, needs, hold_minutes: units[item.variant_id!].hold_minutes }]
      : []
  })
}
