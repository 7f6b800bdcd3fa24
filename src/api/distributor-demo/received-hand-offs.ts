/**
 * What the demo distributor has applied, by idempotency key. In memory on purpose: it is
 * a stand-in for a distributor's own database, so it forgets everything when the server
 * restarts (a hand-off redelivered after a restart would be applied again; a real
 * distributor keeps its keys in a table with a unique index).
 */
export type ReceivedHandOff = {
  idempotency_key: string
  store_handle: string
  order_id: string | null
  display_id: number | null
  first_received_at: string
  deliveries: number
}

const applied = new Map<string, ReceivedHandOff>()

/** Applies a hand-off once per idempotency key; later deliveries only count. */
export function applyOnce(storeHandle: string, idempotencyKey: string, order: { id?: string; display_id?: number } | undefined) {
  const known = applied.get(idempotencyKey)
  if (known) {
    known.deliveries += 1
    return { applied: false, record: known }
  }
  const record: ReceivedHandOff = {
    idempotency_key: idempotencyKey,
    store_handle: storeHandle,
    order_id: order?.id ?? null,
    display_id: order?.display_id ?? null,
    first_received_at: new Date().toISOString(),
    deliveries: 1,
  }
  applied.set(idempotencyKey, record)
  return { applied: true, record }
}

export const receivedBy = (storeHandle: string) => [...applied.values()].filter((r) => r.store_handle === storeHandle)

/** Off unless the demo turns it on: a merchant's server has no business receiving its own hand-offs. */
export const demoDistributorEnabled = () => process.env.FEDERATED_CART_DEMO_DISTRIBUTOR === "on"
