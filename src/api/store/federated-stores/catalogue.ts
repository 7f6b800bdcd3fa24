import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, ProductStatus, QueryContext } from "@medusajs/framework/utils"
import { availableQuantities } from "../../../workflows/utils/availability"
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

// A variant as productFields reads it. Typed here: Medusa's query types exist only once a
// server has generated .medusa/types (with them, the callback below is checked against this).
type CatalogueVariant = {
  id: string
  title: string | null
  sku: string | null
  options: { value: string; option: { title: string } | null }[] | null
  calculated_price?: unknown
}

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
  const productIds = (products ?? []).flatMap((product: { id: string } | null) => (product ? [product.id] : []))
  return { federatedStore, productIds }
}

/**
 * A store's published products. Each variant carries `available_quantity`: what a
 * shopper can still put in a cart from the locations serving the storefront's sales
 * channels, net of every live hold (`null` when its stock is not tracked). With a region,
 * each variant also carries the price a shopper in that region pays.
 */
export async function listStoreProducts(
  scope: MedusaContainer,
  {
    productIds,
    regionId,
    handle,
    salesChannelIds,
  }: { productIds: string[]; regionId?: string; handle?: string; salesChannelIds: string[] }
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
  const available = await availableQuantities(scope, {
    variant_ids: data.flatMap((product) => (product.variants ?? []).flatMap((v: { id: string } | null) => (v ? [v.id] : []))),
    location_ids: await locationsServing(scope, salesChannelIds),
  })
  return data.map((product) => ({
    ...product,
    variants: (product.variants ?? []).flatMap((variant: CatalogueVariant | null) =>
      variant ? [{ ...variant, available_quantity: available.get(variant.id) ?? null }] : []
    ),
  }))
}

/** The stock locations that serve these sales channels: where a storefront's counts come from. */
export async function locationsServing(scope: MedusaContainer, salesChannelIds: string[]) {
  if (!salesChannelIds.length) {
    return []
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "sales_channel",
    fields: ["stock_locations.id"],
    filters: { id: salesChannelIds },
  })
  return [
    ...new Set(
      data.flatMap((channel) => (channel.stock_locations ?? []).flatMap((l: { id: string } | null) => (l ? [l.id] : [])))
    ),
  ]
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
