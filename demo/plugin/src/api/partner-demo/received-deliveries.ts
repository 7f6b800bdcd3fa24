import { appliedOnceLog } from "../../lib/applied-once"

type DeliveryLine = { product_id?: string; variant_id?: string; title?: string; quantity?: number }
type DeliveryBody = {
  order_id?: string
  fulfillment_id?: string
  partner_account?: { account_ref?: string }
  lines?: DeliveryLine[]
}

/** What the demo partner service has credited, by idempotency key (see appliedOnceLog: in memory on purpose). */
const received = appliedOnceLog<{
  partner_id: string
  account_ref: string | null
  order_id: string | null
  fulfillment_id: string | null
  lines: DeliveryLine[]
  key_id: string | null
}>()

/** Credits the account once per idempotency key; later deliveries of the key only count. */
export const applyDeliveryOnce = (partnerId: string, idempotencyKey: string, keyId: string | null, body: DeliveryBody) =>
  received.apply(idempotencyKey, () => ({
    partner_id: partnerId,
    account_ref: body.partner_account?.account_ref ?? null,
    order_id: body.order_id ?? null,
    fulfillment_id: body.fulfillment_id ?? null,
    lines: body.lines ?? [],
    key_id: keyId,
  }))

export const deliveriesReceivedBy = (partnerId: string) => received.list((r) => r.partner_id === partnerId)

/** Off unless the demo turns it on: a merchant's server has no business receiving its own deliveries. */
export const demoPartnerEnabled = () => process.env.FEDERATED_CART_DEMO_PARTNER === "on"
