import { sdk } from "../lib/sdk"
import type { PartnerDeliveryFilters, PartnerDeliveryListResponse, RetryPartnerDeliveryResponse } from "./types"

const deliveriesPath = "/admin/partner-deliveries"

export const partnerDeliveriesApi = {
  list: (filters: PartnerDeliveryFilters) => sdk.client.fetch<PartnerDeliveryListResponse>(deliveriesPath, { query: filters }),

  retry: (id: string) =>
    sdk.client.fetch<RetryPartnerDeliveryResponse>(`${deliveriesPath}/${encodeURIComponent(id)}/retry`, { method: "POST" }),
}
