import type { TicketListQuery } from "./types"

// Every key starts with `all`, so a release refreshes the list, the summary and the
// product widget's counts at once.
const all = ["federated-tickets"] as const

export const ticketKeys = {
  all,
  list: (query: TicketListQuery) => [...all, "list", query] as const,
  summary: (federatedStoreId?: string) => [...all, "summary", federatedStoreId ?? null] as const,
  productStock: (productId: string) => [...all, "product-stock", productId] as const,
}
