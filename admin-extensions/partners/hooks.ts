import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { partnersApi } from "./api"
import type { CreatePartnerBody, UpdatePartnerBody } from "./types"

// Shared with the product widget's partner list.
const partnersKey = ["federated-cart", "partners"] as const

export const usePartnerList = () => useQuery({ queryKey: partnersKey, queryFn: partnersApi.list })

/** Fetched afresh each time the drawer opens: spend moves with every add and checkout. */
export const usePartnerSpend = (id: string) =>
  useQuery({ queryKey: [...partnersKey, id, "spend"], queryFn: () => partnersApi.spend(id), staleTime: 0 })

const useInvalidatePartners = () => {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: partnersKey })
}

export const useCreatePartner = () => {
  const invalidate = useInvalidatePartners()
  return useMutation({ mutationFn: (body: CreatePartnerBody) => partnersApi.create(body), onSuccess: invalidate })
}

export const useUpdatePartner = () => {
  const invalidate = useInvalidatePartners()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdatePartnerBody }) => partnersApi.update(id, body),
    onSuccess: invalidate,
  })
}

export const useRotatePartnerSecret = () => {
  const invalidate = useInvalidatePartners()
  return useMutation({
    mutationFn: ({ id, overlapMinutes }: { id: string; overlapMinutes: number }) => partnersApi.rotate(id, overlapMinutes),
    onSuccess: invalidate,
  })
}
