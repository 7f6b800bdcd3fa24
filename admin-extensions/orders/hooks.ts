import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { orderGroupApi } from "./api"

const orderGroupKey = (orderId: string) => ["federated-cart", "order-group", orderId] as const

// Pending hand-offs change on their own (the retry job): look again while any is pending.
const PENDING_REFRESH_MS = 15_000

export const useOrderGroup = (orderId: string) =>
  useQuery({
    queryKey: orderGroupKey(orderId),
    queryFn: () => orderGroupApi.forOrder(orderId),
    refetchInterval: (query) =>
      query.state.data?.hand_offs.some((handOff) => handOff.status === "pending") ? PENDING_REFRESH_MS : false,
  })

export const useRetryHandOff = (orderId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (handOffId: string) => orderGroupApi.retryHandOff(handOffId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: orderGroupKey(orderId) }),
  })
}
