import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { reissueAccessCodesStep } from "./steps/reissue-access-codes"
import { sendAccessCodesStep } from "./steps/send-access-codes"

type InvitationCode = { id: string; email: string | null; uses: number; max_uses: number }
type InvitationCodes = { product_ids: string[]; expires_at: Date | string | null; codes: InvitationCode[] }
// The invitation as the query reads it. Medusa's generated query types (.medusa/types, once a
// server has written them) let an array column's entries and a relation's rows be null.
type InvitationRow = { product_ids: (string | null)[]; expires_at: Date | string | null; codes: (InvitationCode | null)[] }

/**
 * Sends invitees whose code is still unused a new one (codes are not kept in clear, so
 * the old one cannot be sent again; it stops working). `emails` narrows who gets one.
 */
export const resendInvitationWorkflow = createWorkflow(
  "resend-invitation",
  (input: WorkflowData<{ invitation_id: string; emails?: string[] }>) => {
    const { data: invitations } = useQueryGraphStep({
      entity: "invitation",
      fields: ["product_ids", "expires_at", "codes.id", "codes.email", "codes.uses", "codes.max_uses"],
      filters: { id: input.invitation_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-invitation" })
    const invitation = transform({ invitations }, ({ invitations }): InvitationCodes => {
      const row: InvitationRow = invitations[0]
      return {
        product_ids: row.product_ids.flatMap((id) => (id ? [id] : [])),
        expires_at: row.expires_at,
        codes: row.codes.flatMap((code) => (code ? [code] : [])),
      }
    })
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "title"],
      filters: { id: invitation.product_ids },
    }).config({ name: "get-invited-products" })
    const codeIds = transform({ invitation, input }, ({ invitation, input }) =>
      invitation.codes
        .filter((code) => code.email && code.uses < code.max_uses && (!input.emails || input.emails.includes(code.email)))
        .map((code) => code.id)
    )
    const issued = reissueAccessCodesStep(codeIds)
    sendAccessCodesStep({ codes: issued, products, expires_at: invitation.expires_at })
    return new WorkflowResponse(transform({ issued }, ({ issued }) => issued.map((code) => code.email)))
  }
)
