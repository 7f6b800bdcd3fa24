import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { productDeliveryApi } from "./api"
import type { SetProductDeliveryBody } from "./types"

const deliveryKey = (productId: string) => ["federated-cart", "product-delivery", productId] as const

export const useProductDelivery = (productId: string) =>
  useQuery({ queryKey: deliveryKey(productId), queryFn: () => productDeliveryApi.retrieve(productId) })

export const useSetProductDelivery = (productId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: SetProductDeliveryBody) => productDeliveryApi.set(productId, body),
    onSuccess: (data) => queryClient.setQueryData(deliveryKey(productId), data),
  })
}
