import { sdk } from "../lib/sdk"
import type { OrderGroupResponse, RetryHandOffResponse } from "./types"

export const orderGroupApi = {
  forOrder: (orderId: string) => sdk.client.fetch<OrderGroupResponse>(`/admin/orders/${encodeURIComponent(orderId)}/order-group`),

  retryHandOff: (handOffId: string) =>
    sdk.client.fetch<RetryHandOffResponse>(`/admin/hand-offs/${encodeURIComponent(handOffId)}/retry`, { method: "POST" }),
}
