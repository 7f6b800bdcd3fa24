import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** A rule as the admin page shows it: with the variant it gives away and that variant's product. */
const FIELDS = [
  "id",
  "title",
  "threshold_amount",
  "currency_code",
  "variant_id",
  "quantity",
  "active",
  "created_at",
  "updated_at",
  "product_variant.id",
  "product_variant.title",
  "product_variant.sku",
  "product_variant.product.id",
  "product_variant.product.title",
]

export async function listBonusRules(scope: MedusaContainer) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "bonus_rule",
    fields: FIELDS,
    pagination: { order: { currency_code: "ASC", threshold_amount: "ASC" } },
  })
  return data
}

export async function retrieveBonusRule(scope: MedusaContainer, id: string) {
  const { data } = await scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "bonus_rule", fields: FIELDS, filters: { id } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No bonus rule with id ${id}.`)
  }
  return data[0]
}
