import { sdk } from "../lib/sdk"
import type {
  ProductTicketStockResponse,
  TicketListQuery,
  TicketListResponse,
  TicketResponse,
  TicketSummaryResponse,
} from "./types"

const ticketsPath = "/admin/tickets"

// The API rejects empty filters, so only the ones set are sent.
const setOnly = <T extends Record<string, unknown>>(query: T) =>
  Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== ""))

export const ticketsApi = {
  list: (query: TicketListQuery) => sdk.client.fetch<TicketListResponse>(ticketsPath, { query: setOnly(query) }),

  summary: (federatedStoreId?: string) =>
    sdk.client.fetch<TicketSummaryResponse>(`${ticketsPath}/summary`, {
      query: setOnly({ federated_store_id: federatedStoreId }),
    }),

  release: (id: string, reason: string) =>
    sdk.client.fetch<TicketResponse>(`${ticketsPath}/${encodeURIComponent(id)}/release`, {
      method: "POST",
      body: { reason },
    }),

  stockForProduct: (productId: string) =>
    sdk.client.fetch<ProductTicketStockResponse>(`/admin/products/${encodeURIComponent(productId)}/ticket-stock`),
}
