export type PartnerDeliveryLine = {
  line_item_id: string
  product_id: string
  variant_id: string
  title: string
  quantity: number
}

/**
 * What a partner's service receives for one fulfillment: whose account to credit (the
 * partner's own account reference, as its handshake asserted it) and what was bought.
 * The idempotency key is in the body too, so a partner that logs bodies can dedupe from it.
 */
export type PartnerDeliveryPayload = {
  kind: "partner_delivery"
  idempotency_key: string
  order_group_id: string
  order_id: string
  fulfillment_id: string
  partner_account: { id: string; account_ref: string; display_name: string | null }
  lines: PartnerDeliveryLine[]
}
