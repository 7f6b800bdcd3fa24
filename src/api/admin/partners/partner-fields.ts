import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** What an admin sees of a partner: its keys by id and hint, never a secret. */
const partnerFields = [
  "id",
  "name",
  "return_url",
  "delivery_url",
  "created_at",
  "keys.id",
  "keys.secret_hint",
  "keys.expires_at",
  "keys.created_at",
]

export async function listPartners(scope: MedusaContainer) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "partner",
    fields: partnerFields,
    pagination: { order: { created_at: "DESC" } },
  })
  return data
}

export async function retrievePartner(scope: MedusaContainer, id: string) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "partner",
    fields: [...partnerFields, "accounts.id", "accounts.account_ref", "accounts.display_name", "accounts.created_at"],
    filters: { id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No partner with id ${id}.`)
  }
  return data[0]
}
