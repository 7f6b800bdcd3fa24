import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { retrieveAdminFederatedStoreQueryConfig } from "./query-config"

type StoreRecord = Record<string, unknown> & { products?: ({ id: string } | null)[] | null }

/** The admin's view of one store, with how many products it sells. */
export async function refetchFederatedStore(
  scope: MedusaContainer,
  id: string,
  fields: string[] = retrieveAdminFederatedStoreQueryConfig.defaults
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "federated_store",
    fields: [...new Set([...fields, "products.id"])],
    filters: { id },
  })
  const store = data[0] as StoreRecord | undefined
  if (!store) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No federated store with id ${id}.`)
  }
  const { products, ...rest } = store
  return { ...rest, product_count: (products ?? []).filter(Boolean).length }
}
