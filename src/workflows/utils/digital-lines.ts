import { DELIVERY_KIND_KEY } from "../../modules/product-delivery/rules"
import type { DigitalKind } from "../steps/ensure-digital-shipping-options"

/** An order item as the digital delivery reads it. */
export type DeliveredItem = {
  id: string
  product_id?: string | null
  variant_id?: string | null
  title: string
  quantity: unknown
  metadata?: Record<string, unknown> | null
}

/** The lines of one store order that one digital kind delivers, in the shape the delivery steps take. */
export type DigitalLine = { line_item_id: string; product_id: string; variant_id: string; title: string; quantity: number }

/** What one digital kind delivers of an order: its lines, from which location, and the fulfillment made before, if any. */
export type DigitalPart = { lines: DigitalLine[]; location_id: string | null; fulfillment_id: string | null }

export type DigitalPlan = Record<DigitalKind, DigitalPart>

const DIGITAL_KINDS: DigitalKind[] = ["immediate", "prepaid_code"]

/**
 * Splits a store order's items by digital kind (the kind checkout wrote on each item).
 * Each kind is fulfilled from the location its units were reserved at (the store's first
 * location when they were not), and a fulfillment this order already has for the kind's
 * provider is reused: a redelivered event makes nothing twice.
 */
export function planDigitalDelivery(input: {
  items: DeliveredItem[]
  reservedAt: Map<string, string>
  storeLocationIds: string[]
  existing: Partial<Record<DigitalKind, string>>
}): DigitalPlan {
  const part = (kind: DigitalKind): DigitalPart => {
    const items = input.items.filter((item) => item.metadata?.[DELIVERY_KIND_KEY] === kind)
    const reserved = items.flatMap((item) => input.reservedAt.get(item.id) ?? [])
    return {
      lines: items.map((item) => ({
        line_item_id: item.id,
        product_id: item.product_id ?? "",
        variant_id: item.variant_id ?? "",
        title: item.title,
        quantity: Number(item.quantity),
      })),
      location_id: reserved[0] ?? input.storeLocationIds[0] ?? null,
      fulfillment_id: input.existing[kind] ?? null,
    }
  }
  return Object.fromEntries(DIGITAL_KINDS.map((kind) => [kind, part(kind)])) as DigitalPlan
}
