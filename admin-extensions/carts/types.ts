export type CartState = "new" | "shop" | "full" | "done" | "void"

export type AdminFederatedCart = {
  id: string
  cart_id: string
  state: CartState
  number: string
  opened_at: string
  time_zone: string
  cart: { email: string | null; currency_code: string; completed_at: string | null } | null
}

export type CartMove = {
  id: string
  from: CartState
  to: CartState
  actor: "customer" | "system" | "admin"
  reason: string | null
  moved_at: string
}

export type CartListQuery = { state?: CartState; q?: string; limit: number; offset: number }
export type CartListResponse = { federated_carts: AdminFederatedCart[]; count: number; limit: number; offset: number }
export type CartResponse = { federated_cart: AdminFederatedCart & { allowed_moves: CartState[]; moves: CartMove[] } }
