import type { FederatedStoreListQuery } from "./types"

// Every key starts with `all`, so one invalidation refreshes lists and product look-ups
// after any store change (a rename shows up in the product widget too).
const all = ["federated-stores"] as const

export const federationKeys = {
  all,
  list: (query: FederatedStoreListQuery) => [...all, "list", query] as const,
  forProduct: (productId: string) => [...all, "product", productId] as const,
  distributorSecret: (storeId: string) => [...all, "distributor-secret", storeId] as const,
}
