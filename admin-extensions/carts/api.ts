import { sdk } from "../lib/sdk"
import type { CartListQuery, CartListResponse, CartResponse } from "./types"

const cartsPath = "/admin/federated-carts"

// The API rejects empty filters, so only the ones set are sent.
const setOnly = <T extends Record<string, unknown>>(query: T) =>
  Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== ""))

export const cartsApi = {
  list: (query: CartListQuery) => sdk.client.fetch<CartListResponse>(cartsPath, { query: setOnly(query) }),
  retrieve: (cartId: string) => sdk.client.fetch<CartResponse>(`${cartsPath}/${encodeURIComponent(cartId)}`),
}
