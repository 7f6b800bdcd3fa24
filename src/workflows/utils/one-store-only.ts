import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

type CartLines = { id: string; items?: ({ product_id?: string | null } | null)[] | null }

/** Refuses a cart whose products come from more than one store: it cannot be one order. */
export async function refuseCartOfSeveralStores(container: MedusaContainer, cart: CartLines) {
  const productIds = [...new Set((cart.items ?? []).flatMap((item) => (item?.product_id ? [item.product_id] : [])))]
  if (productIds.length < 2) {
    return
  }
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product", fields: ["id", "federated_store.id"], filters: { id: productIds } })
  const stores = new Set(data.flatMap((product) => (product.federated_store ? [product.federated_store.id] : [])))
  if (stores.size > 1) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `This cart holds products of ${stores.size} stores, so it checks out as one order per store: complete it through POST /store/carts/${cart.id}/complete.`
    )
  }
}
