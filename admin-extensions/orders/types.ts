import type { OutboundAttempt, OutboundMessage, OutboundStatus } from "../lib/outbound-delivery"

export type HandOffStatus = OutboundStatus
export type HandOffAttempt = OutboundAttempt
export type HandOff = OutboundMessage & { federated_store_id: string }

export type GroupOrder = {
  id: string
  display_id: number
  total: number
  currency_code: string
  status: string
  federated_store: { id: string; name: string; handle: string } | null
}

export type OrderGroupResponse = {
  order_group: { id: string; total: number; currency_code: string; store_count: number; orders: GroupOrder[] } | null
  hand_offs: HandOff[]
}

export type RetryHandOffResponse = { hand_off: HandOff }
