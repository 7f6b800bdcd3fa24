export type AccessCode = {
  id: string
  email: string | null
  last4: string
  max_uses: number
  uses: number
  sent_at: string | null
}
export type Invitation = {
  id: string
  title: string | null
  product_ids: string[]
  expires_at: string | null
  revoked_at: string | null
  created_at: string
  codes: AccessCode[]
}
export type InvitationListResponse = { invitations: Invitation[] }
export type InvitationResponse = { invitation: Invitation }
export type CreatedInvitationResponse = InvitationResponse & { shared_code: string | null }
export type CreateInvitationBody = {
  title?: string | null
  product_ids: string[]
  emails?: string[]
  shared_uses?: number
}
