import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { ticketsApi } from "./api"
import { ticketKeys } from "./query-keys"
import type { TicketListQuery } from "./types"

/** Holds come and go by the second during a drop; every ticket view polls this often. */
export const TICKETS_REFRESH_MS = 5_000

const live = { refetchInterval: TICKETS_REFRESH_MS, placeholderData: keepPreviousData }

export const useTickets = (query: TicketListQuery) =>
  useQuery({ queryKey: ticketKeys.list(query), queryFn: () => ticketsApi.list(query), ...live })

export const useTicketSummary = (federatedStoreId?: string) =>
  useQuery({
    queryKey: ticketKeys.summary(federatedStoreId),
    queryFn: () => ticketsApi.summary(federatedStoreId),
    ...live,
  })

export const useProductTicketStock = (productId: string) =>
  useQuery({
    queryKey: ticketKeys.productStock(productId),
    queryFn: () => ticketsApi.stockForProduct(productId),
    ...live,
  })

export const useReleaseTicket = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => ticketsApi.release(id, reason),
    // A 409 means someone else ended the hold: the list is stale either way.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ticketKeys.all }),
  })
}
