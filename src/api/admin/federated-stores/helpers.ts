import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { retrieveAdminFederatedStoreQueryConfig } from "./query-config"

type StoreRecord = Record<string, unknown> & { products?: ({ id: string } | null)[] | null }

/** The admin sees how many products a store sells, not the list of them. */
export function withProductCount({ products, ...store }: StoreRecord) {
  return { ...store, product_count: (products ?? []).filter(Boolean).length }
}

export const withProductIds = (fields: string[]) => [...new Set([...fields, "products.id"])]

export async function refetchFederatedStore(
  scope: MedusaContainer,
  id: string,
  fields: string[] = retrieveAdminFederatedStoreQueryConfig.defaults
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "federated_store", fields: withProductIds(fields), filters: { id } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No federated store with id ${id}.`)
  }
  return withProductCount(data[0])
}
