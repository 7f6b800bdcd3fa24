import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { cartsApi } from "./api"
import type { CartListQuery } from "./types"

const all = ["federated-carts"] as const

export const useCarts = (query: CartListQuery) =>
  useQuery({
    queryKey: [...all, "list", query],
    queryFn: () => cartsApi.list(query),
    refetchInterval: 10_000,
    placeholderData: keepPreviousData,
  })

export const useCart = (cartId: string) =>
  useQuery({ queryKey: [...all, "one", cartId], queryFn: () => cartsApi.retrieve(cartId) })
