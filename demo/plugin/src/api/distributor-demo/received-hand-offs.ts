import { appliedOnceLog } from "../../lib/applied-once"

/** What the demo distributor has applied, by idempotency key (see appliedOnceLog: in memory on purpose). */
const received = appliedOnceLog<{ store_handle: string; order_id: string | null; display_id: number | null }>()

/** Applies a hand-off once per idempotency key; later deliveries only count. */
export const applyOnce = (storeHandle: string, idempotencyKey: string, order: { id?: string; display_id?: number } | undefined) =>
  received.apply(idempotencyKey, () => ({
    store_handle: storeHandle,
    order_id: order?.id ?? null,
    display_id: order?.display_id ?? null,
  }))

export const receivedBy = (storeHandle: string) => received.list((r) => r.store_handle === storeHandle)

/** Off unless the demo turns it on: a merchant's server has no business receiving its own hand-offs. */
export const demoDistributorEnabled = () => process.env.FEDERATED_CART_DEMO_DISTRIBUTOR === "on"
