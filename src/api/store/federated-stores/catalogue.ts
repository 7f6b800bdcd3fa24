import { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  ProductStatus,
  QueryContext,
} from "@medusajs/framework/utils"
import { storeFederatedStoreFields } from "./query-config"

const productFields = [
  "id",
  "title",
  "handle",
  "subtitle",
  "description",
  "thumbnail",
  "images.url",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.options.value",
  "variants.options.option.title",
]

export async function retrieveStoreByHandle(scope: MedusaContainer, handle: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "federated_store",
    fields: [...storeFederatedStoreFields, "products.id"],
    filters: { handle },
  })
  const store = data[0]
  if (!store) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No store with handle "${handle}".`)
  }
  const { products, ...federatedStore } = store
  const productIds = (products ?? []).flatMap((product) => (product ? [product.id] : []))
  return { federatedStore, productIds }
}

/**
 * A store's published products; with a region, each variant carries the price a
 * shopper in that region pays.
 */
export async function listStoreProducts(
  scope: MedusaContainer,
  { productIds, regionId, handle }: { productIds: string[]; regionId?: string; handle?: string }
) {
  if (!productIds.length) {
    return []
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const priceContext = regionId ? await regionPriceContext(scope, regionId) : undefined
  const { data } = await query.graph({
    entity: "product",
    fields: priceContext ? [...productFields, "variants.calculated_price.*"] : productFields,
    filters: {
      id: productIds,
      status: ProductStatus.PUBLISHED,
      ...(handle ? { handle } : {}),
    },
    context: priceContext ? { variants: { calculated_price: priceContext } } : undefined,
  })
  return data
}

async function regionPriceContext(scope: MedusaContainer, regionId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "region",
    fields: ["id", "currency_code"],
    filters: { id: regionId },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `No region with id ${regionId}.`)
  }
  return QueryContext({ region_id: regionId, currency_code: data[0].currency_code })
}
