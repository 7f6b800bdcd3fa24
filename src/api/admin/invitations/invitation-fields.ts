import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** What an admin sees of an invitation: codes by their last 4 characters, never a hash. */
const invitationFields = [
  "id",
  "title",
  "product_ids",
  "expires_at",
  "revoked_at",
  "created_at",
  "codes.id",
  "codes.email",
  "codes.last4",
  "codes.max_uses",
  "codes.uses",
  "codes.sent_at",
]

export async function listInvitations(scope: MedusaContainer) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "invitation",
    fields: invitationFields,
    pagination: { order: { created_at: "DESC" } },
  })
  return data
}

export async function retrieveInvitation(scope: MedusaContainer, id: string) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "invitation",
    fields: [...invitationFields, "codes.redemptions.cart_id", "codes.redemptions.created_at"],
    filters: { id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No invitation with id ${id}.`)
  }
  return data[0]
}
