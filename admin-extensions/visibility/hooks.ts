import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { visibilityApi } from "./api"
import type { SetProductVisibilityBody, SetPurchaseRuleBody } from "./types"

const visibilityKeys = {
  product: (productId: string) => ["federated-cart", "product-visibility", productId] as const,
  purchaseRule: (productId: string) => ["federated-cart", "purchase-rule", productId] as const,
}

export const useProductVisibility = (productId: string) =>
  useQuery({ queryKey: visibilityKeys.product(productId), queryFn: () => visibilityApi.retrieve(productId) })

export const useSetProductVisibility = (productId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: SetProductVisibilityBody) => visibilityApi.set(productId, body),
    onSuccess: (data) => queryClient.setQueryData(visibilityKeys.product(productId), data),
  })
}

export const usePurchaseRule = (productId: string) =>
  useQuery({ queryKey: visibilityKeys.purchaseRule(productId), queryFn: () => visibilityApi.purchaseRule(productId) })

export const useSetPurchaseRule = (productId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: SetPurchaseRuleBody) => visibilityApi.setPurchaseRule(productId, body),
    onSuccess: (data) => queryClient.setQueryData(visibilityKeys.purchaseRule(productId), data),
  })
}
