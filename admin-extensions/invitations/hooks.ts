import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { invitationsApi } from "./api"
import type { CreateInvitationBody } from "./types"

const invitationsKey = ["federated-cart", "invitations"] as const

export const useInvitations = () => useQuery({ queryKey: invitationsKey, queryFn: invitationsApi.list })

const useInvalidateInvitations = () => {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: invitationsKey })
}

export const useCreateInvitation = () => {
  const invalidate = useInvalidateInvitations()
  return useMutation({ mutationFn: (body: CreateInvitationBody) => invitationsApi.create(body), onSuccess: invalidate })
}

export const useRevokeInvitation = () => {
  const invalidate = useInvalidateInvitations()
  return useMutation({ mutationFn: (id: string) => invitationsApi.revoke(id), onSuccess: invalidate })
}

export const useResendInvitation = () => {
  const invalidate = useInvalidateInvitations()
  return useMutation({ mutationFn: (id: string) => invitationsApi.resend(id), onSuccess: invalidate })
}
