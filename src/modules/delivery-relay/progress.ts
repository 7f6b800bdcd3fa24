import type { DeliveryKind } from "./models/delivery-update"

/** What Medusa's fulfillment module knows of one fulfillment's progress. */
export type FulfillmentProgress = {
  created_at: Date | string
  shipped_at?: Date | string | null
  delivered_at?: Date | string | null
}

const STEP_TIME: Record<DeliveryKind, keyof FulfillmentProgress> = {
  created: "created_at",
  shipped: "shipped_at",
  delivered: "delivered_at",
}

/**
 * Every step a fulfillment has taken, in the order steps happen. The relay records them
 * all on any of its events, so an event lost or handled out of order (a redelivery, an
 * instance going down mid-way) can never leave "delivered" ahead of "created" in the
 * shopper's feed. A fulfillment marked delivered without a shipment has no "shipped".
 */
export function stepsTaken(fulfillment: FulfillmentProgress): { kind: DeliveryKind; happened_at: Date }[] {
  return (Object.keys(STEP_TIME) as DeliveryKind[]).flatMap((kind) => {
    const at = fulfillment[STEP_TIME[kind]]
    return at ? [{ kind, happened_at: new Date(at) }] : []
  })
}

/** Where a purchased line, or a whole store order, stands on its way to the shopper. */
export const DELIVERY_STATUSES = ["awaiting_fulfillment", "fulfilled", "shipped", "delivered"] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

/** Medusa's per-line counters (an order item's `detail`). */
export type LineQuantities = {
  quantity: number
  fulfilled_quantity: number
  shipped_quantity: number
  delivered_quantity: number
}

/**
 * The furthest step every unit of a line has reached. Medusa counts each step apart and
 * lets a fulfillment be marked delivered without being shipped, so a later step also
 * counts as the earlier ones. A canceled fulfillment has already been taken off Medusa's
 * counters, so its units are awaiting fulfillment again.
 */
export function lineStatus(line: LineQuantities): DeliveryStatus {
  const delivered = line.delivered_quantity
  const shipped = Math.max(line.shipped_quantity, delivered)
  const fulfilled = Math.max(line.fulfilled_quantity, shipped)
  if (line.quantity <= 0 || delivered >= line.quantity) {
    return "delivered"
  }
  if (shipped >= line.quantity) {
    return "shipped"
  }
  return fulfilled >= line.quantity ? "fulfilled" : "awaiting_fulfillment"
}

/** A store order stands where its least advanced line stands. */
export function orderStatus(lines: DeliveryStatus[]): DeliveryStatus {
  return lines.reduce<DeliveryStatus>(
    (least, status) => (DELIVERY_STATUSES.indexOf(status) < DELIVERY_STATUSES.indexOf(least) ? status : least),
    lines.length ? "delivered" : "awaiting_fulfillment"
  )
}
