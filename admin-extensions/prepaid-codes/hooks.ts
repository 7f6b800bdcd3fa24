import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { prepaidCodesApi } from "./api"
import type { PrepaidCodeFilters } from "./types"

const prepaidCodesKey = ["federated-cart", "prepaid-codes"] as const

export const usePrepaidCodes = (filters: PrepaidCodeFilters) =>
  useQuery({
    queryKey: [...prepaidCodesKey, filters],
    queryFn: () => prepaidCodesApi.list(filters),
    placeholderData: keepPreviousData,
  })

const useInvalidatePrepaidCodes = () => {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: prepaidCodesKey })
}

export const useGeneratePrepaidCodes = () => {
  const invalidate = useInvalidatePrepaidCodes()
  return useMutation({ mutationFn: prepaidCodesApi.generate, onSuccess: invalidate })
}

export const useRevokePrepaidCode = () => {
  const invalidate = useInvalidatePrepaidCodes()
  return useMutation({ mutationFn: prepaidCodesApi.revoke, onSuccess: invalidate })
}
