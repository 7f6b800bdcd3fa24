export type HandOffStatus = "pending" | "acknowledged" | "failed"

export type HandOffAttempt = {
  id: string
  number: number
  trigger: "placed" | "schedule" | "manual"
  outcome: "acknowledged" | "failed"
  response_status: number | null
  error: string | null
  started_at: string
  duration_ms: number
}

export type HandOff = {
  id: string
  order_id: string
  federated_store_id: string
  url: string
  idempotency_key: string
  status: HandOffStatus
  attempts: number
  next_attempt_at: string | null
  last_status: number | null
  last_error: string | null
  acknowledged_at: string | null
  attempt_log: HandOffAttempt[]
}

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
