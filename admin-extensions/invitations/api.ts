import { sdk } from "../lib/sdk"
import type { CreatedInvitationResponse, CreateInvitationBody, InvitationListResponse, InvitationResponse } from "./types"

const invitationsPath = "/admin/invitations"

export const invitationsApi = {
  list: () => sdk.client.fetch<InvitationListResponse>(invitationsPath),

  create: (body: CreateInvitationBody) => sdk.client.fetch<CreatedInvitationResponse>(invitationsPath, { method: "POST", body }),

  resend: (id: string) =>
    sdk.client.fetch<InvitationResponse>(`${invitationsPath}/${encodeURIComponent(id)}/resend`, { method: "POST", body: {} }),

  revoke: (id: string) =>
    sdk.client.fetch<InvitationResponse>(`${invitationsPath}/${encodeURIComponent(id)}/revoke`, { method: "POST" }),
}
