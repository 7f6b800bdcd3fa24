import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { federationApi } from "./api"
import { federationKeys } from "./query-keys"
import type { CreateFederatedStoreBody, FederatedStoreListQuery, UpdateFederatedStoreBody } from "./types"

// The dashboard's own product queries live under this prefix; a store move changes
// the product's sales channels, which its detail page shows.
const dashboardProductsKey = ["products"] as const

const useInvalidateFederation = () => {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: federationKeys.all })
}

export const useFederatedStores = (query: FederatedStoreListQuery) =>
  useQuery({
    queryKey: federationKeys.list(query),
    queryFn: () => federationApi.list(query),
    placeholderData: keepPreviousData,
  })

export const useCreateFederatedStore = () => {
  const invalidate = useInvalidateFederation()
  return useMutation({
    mutationFn: (body: CreateFederatedStoreBody) => federationApi.create(body),
    onSuccess: invalidate,
  })
}

export const useUpdateFederatedStore = (id: string) => {
  const invalidate = useInvalidateFederation()
  return useMutation({
    mutationFn: (body: UpdateFederatedStoreBody) => federationApi.update(id, body),
    onSuccess: invalidate,
  })
}

export const useDeleteFederatedStore = () => {
  const invalidate = useInvalidateFederation()
  return useMutation({
    mutationFn: (id: string) => federationApi.remove(id),
    onSuccess: invalidate,
  })
}

export const useDistributorSecret = (storeId: string) =>
  useQuery({ queryKey: federationKeys.distributorSecret(storeId), queryFn: () => federationApi.distributorSecret(storeId) })

export const useRotateDistributorSecret = (storeId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => federationApi.rotateDistributorSecret(storeId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: federationKeys.distributorSecret(storeId) }),
  })
}

export const useProductFederatedStore = (productId: string) =>
  useQuery({
    queryKey: federationKeys.forProduct(productId),
    queryFn: () => federationApi.retrieveForProduct(productId),
  })

type MoveProductInput = { from: string | null; to: string | null }

export const useMoveProductToStore = (productId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ from, to }: MoveProductInput) => {
      if (from === to) {
        return
      }
      // Adding to a store moves the product out of its old one in the same workflow.
      if (to) {
        await federationApi.updateProducts(to, { add: [productId] })
      } else if (from) {
        await federationApi.updateProducts(from, { remove: [productId] })
      }
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: federationKeys.all }),
        queryClient.invalidateQueries({ queryKey: dashboardProductsKey }),
      ]),
  })
}
