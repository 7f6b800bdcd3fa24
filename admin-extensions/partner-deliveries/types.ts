import type { OutboundMessage, OutboundStatus } from "../lib/outbound-delivery"

export type PartnerDelivery = OutboundMessage & {
  partner_id: string
  fulfillment_id: string
  partner: { id: string; name: string } | null
  order_display_id: number | null
  partner_account: { id: string; account_ref: string; display_name: string | null } | null
  lines: { line_item_id: string; product_id: string; variant_id: string; title: string; quantity: number }[]
  created_at: string
}

export type PartnerDeliveryFilters = { status?: OutboundStatus; partner_id?: string; limit: number; offset: number }
export type PartnerDeliveryListResponse = { deliveries: PartnerDelivery[]; count: number; limit: number; offset: number }
export type RetryPartnerDeliveryResponse = { delivery: PartnerDelivery }
