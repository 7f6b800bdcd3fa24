import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { partnerDeliveriesApi } from "./api"
import type { PartnerDeliveryFilters } from "./types"

const deliveriesKey = ["federated-cart", "partner-deliveries"] as const

// Pending deliveries change on their own (the retry job): look again while any is pending.
const PENDING_REFRESH_MS = 15_000

export const usePartnerDeliveries = (filters: PartnerDeliveryFilters) =>
  useQuery({
    queryKey: [...deliveriesKey, filters],
    queryFn: () => partnerDeliveriesApi.list(filters),
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      query.state.data?.deliveries.some((delivery) => delivery.status === "pending") ? PENDING_REFRESH_MS : false,
  })

export const useRetryPartnerDelivery = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => partnerDeliveriesApi.retry(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: deliveriesKey }),
  })
}
