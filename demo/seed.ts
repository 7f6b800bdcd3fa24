import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryItemsWorkflow,
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { writeFileSync } from "node:fs"
import { FEDERATION_MODULE } from "../src/modules/federation"
import type FederationModuleService from "../src/modules/federation/service"
import {
  assignFederatedStoreProductsWorkflow,
  createFederatedStoreWorkflow,
  updateFederatedStoreWorkflow,
} from "../src/workflows"
import { DEMO_STORES, DemoProduct, DemoStore, SHARED_PRINT } from "./catalogue"
import { productArt } from "./product-art"

const KEY_TITLE = "Federated Cart storefront"
const COUNTRY = "us"

/**
 * Seeds the demo federation. Run again, it changes nothing and reports what is there.
 * Writes the publishable key and region to DEMO_OUTPUT (JSON) for the demo runner.
 */
export default async function seedDemoFederation({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const federation: FederationModuleService = container.resolve(FEDERATION_MODULE)

  // The key is created last, so it marks a finished seed.
  if (await publishableKey(container)) {
    logger.info("Demo federation already seeded; reusing it.")
    await followBackendUrl(container)
  } else if ((await federation.listFederatedStores({}, { take: 1 })).length) {
    throw new Error("The database holds an unfinished demo seed. Delete .data/ and run the demo again.")
  } else {
    await seed(container)
    logger.info("Demo federation seeded.")
  }
  const output = await describeDemo(container)
  if (process.env.DEMO_OUTPUT) {
    writeFileSync(process.env.DEMO_OUTPUT, JSON.stringify(output, null, 2))
  }
  return output
}

async function seed(container: MedusaContainer) {
  const { result: stores } = await updateStoresWorkflow(container).run({
    input: {
      selector: {},
      update: { name: "Federated Cart demo", supported_currencies: [{ currency_code: "usd", is_default: true }] },
    },
  })
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [{ name: "United States", currency_code: "usd", countries: [COUNTRY], payment_providers: ["pp_system_default"] }],
    },
  })
  await createTaxRegionsWorkflow(container).run({ input: [{ country_code: COUNTRY, provider_id: "tp_system" }] })

  const sharedLocation = await createLocation(container, DEMO_STORES[0].location)
  const { result: sharedItems } = await createInventoryItemsWorkflow(container).run({
    input: {
      items: [
        {
          sku: SHARED_PRINT.sku,
          title: SHARED_PRINT.title,
          location_levels: [{ location_id: sharedLocation, stocked_quantity: SHARED_PRINT.stock }],
        },
      ],
    },
  })

  for (const demoStore of DEMO_STORES) {
    // The first store owns the warehouse holding the shared print; the others also serve from it.
    const ownLocation = demoStore === DEMO_STORES[0] ? sharedLocation : await createLocation(container, demoStore.location)
    const locations = ownLocation === sharedLocation ? [sharedLocation] : [ownLocation, sharedLocation]
    const { shipping, products, location: _location, ...storeData } = demoStore
    const { result: store } = await createFederatedStoreWorkflow(container).run({
      input: { ...storeData, distributor_url: demoDistributorUrl(demoStore), stock_location_ids: locations },
    })
    // Its own shipping profile: the shopper picks one shipping method per store.
    const shippingProfileId = await storeShippingProfile(container, demoStore)
    await createShipping(container, demoStore, ownLocation, region.id, shippingProfileId)
    const productIds = await createProducts(container, demoStore, {
      ownLocation,
      shippingProfileId,
      sharedItemId: sharedItems[0].id,
    })
    await assignFederatedStoreProductsWorkflow(container).run({ input: { id: store.id, add: productIds } })
  }

  const { result: keys } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: KEY_TITLE, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: keys[0].id, add: [await federationChannelId(container)] },
  })
  return stores
}

/**
 * An earlier run may have served Medusa on another port (PORT): the stores' hand-offs to the
 * demo distributor and the product pictures (files this server serves) follow this run's
 * address, as a first run on it would have seeded them.
 */
async function followBackendUrl(container: MedusaContainer) {
  const backendUrl = process.env.MEDUSA_BACKEND_URL
  if (!backendUrl) return
  const { data: stores } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "federated_store",
    fields: ["id", "handle", "distributor_url"],
  })
  for (const store of stores) {
    const url = `${backendUrl}/distributor-demo/${store.handle}`
    // Only the demo distributor's address: a distributor an admin set stays.
    if (store.distributor_url !== url && store.distributor_url?.endsWith(`/distributor-demo/${store.handle}`)) {
      await updateFederatedStoreWorkflow(container).run({ input: { id: store.id, distributor_url: url } })
    }
  }
  const products = container.resolve(Modules.PRODUCT)
  const here = (url: string | null) => url?.replace(/^https?:\/\/[^/]+\/static\//, `${backendUrl}/static/`) ?? null
  for (const product of await products.listProducts({}, { select: ["id", "thumbnail"], relations: ["images"] })) {
    const images = (product.images ?? []).map((image) => ({ url: here(image.url) as string }))
    const moved = here(product.thumbnail) !== product.thumbnail || images.some((image, i) => image.url !== product.images[i].url)
    if (moved) await products.updateProducts(product.id, { thumbnail: here(product.thumbnail), images })
  }
}

async function storeShippingProfile(container: MedusaContainer, demoStore: DemoStore) {
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: `${demoStore.name} goods`, type: "default" }] },
  })
  return result[0].id
}

/**
 * When the demo serves Medusa, each store hands its orders to the demo distributor in the
 * same server (`demo/plugin/src/api/distributor-demo`), so the whole loop runs on one machine.
 */
const demoDistributorUrl = (store: DemoStore) =>
  process.env.MEDUSA_BACKEND_URL ? `${process.env.MEDUSA_BACKEND_URL}/distributor-demo/${store.handle}` : store.distributor_url

async function createLocation(container: MedusaContainer, name: string) {
  const { result } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name, address: { address_1: name, country_code: COUNTRY.toUpperCase() } }] },
  })
  return result[0].id
}

async function createShipping(
  container: MedusaContainer,
  demoStore: DemoStore,
  locationId: string,
  regionId: string,
  shippingProfileId: string
) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: `${demoStore.name} shipping`,
    type: "shipping",
    service_zones: [{ name: `${demoStore.name}: United States`, geo_zones: [{ type: "country", country_code: COUNTRY }] }],
  })
  await link.create([
    {
      [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    },
    {
      [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    },
  ])
  await createShippingOptionsWorkflow(container).run({
    input: demoStore.shipping.map((option) => ({
      name: `${demoStore.name}: ${option.name}`,
      price_type: "flat" as const,
      provider_id: "manual_manual",
      service_zone_id: fulfillmentSet.service_zones[0].id,
      shipping_profile_id: shippingProfileId,
      type: { label: option.name, description: option.description, code: `${demoStore.handle}-${option.code}` },
      prices: [
        { currency_code: "usd", amount: option.amount },
        { region_id: regionId, amount: option.amount },
      ],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
        { attribute: "is_return", value: "false", operator: "eq" as const },
      ],
    })),
  })
}

async function uploadArt(container: MedusaContainer, demoStore: DemoStore, product: DemoProduct) {
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: [
        {
          filename: `${demoStore.handle}-${product.handle}.svg`,
          mimeType: "image/svg+xml",
          content: Buffer.from(productArt(product, demoStore.accent_color)).toString("base64"),
          access: "public",
        },
      ],
    },
  })
  return result[0].url
}

async function createProducts(
  container: MedusaContainer,
  demoStore: DemoStore,
  { ownLocation, shippingProfileId, sharedItemId }: { ownLocation: string; shippingProfileId: string; sharedItemId: string }
) {
  const images = await Promise.all(demoStore.products.map((product) => uploadArt(container, demoStore, product)))
  const { result: created } = await createProductsWorkflow(container).run({
    input: {
      products: demoStore.products.map((product, index) => ({
        title: product.title,
        handle: product.handle,
        subtitle: product.subtitle,
        description: product.description,
        status: ProductStatus.PUBLISHED,
        thumbnail: images[index],
        images: [{ url: images[index] }],
        shipping_profile_id: shippingProfileId,
        options: product.options,
        variants: product.variants.map((variant) => ({
          title: variant.title,
          sku: variant.sku,
          options: variant.options,
          manage_inventory: true,
          prices: [{ currency_code: "usd", amount: variant.price }],
          ...(product.sharedPrint ? { inventory_items: [{ inventory_item_id: sharedItemId, required_quantity: 1 }] } : {}),
        })),
      })),
    },
  })

  const stockBySku = new Map(demoStore.products.flatMap((p) => (p.sharedPrint ? [] : p.variants.map((v) => [v.sku, v.stock]))))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: created.map((product) => product.id) },
  })
  const levels = variants.flatMap((variant) => {
    const stock = variant.sku ? stockBySku.get(variant.sku) : undefined
    const itemId = variant.inventory_items?.[0]?.inventory_item_id
    return stock !== undefined && itemId ? [{ inventory_item_id: itemId, location_id: ownLocation, stocked_quantity: stock }] : []
  })
  await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  return created.map((product) => product.id)
}

async function federationChannelId(container: MedusaContainer) {
  const channels = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { select: ["id", "metadata"] })
  const channel = channels.find((c) => c.metadata?.federation_wide === true)
  if (!channel) {
    throw new Error("The federation sales channel is missing: no store was created.")
  }
  return channel.id
}

async function publishableKey(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["token"],
    filters: { title: KEY_TITLE, type: "publishable" },
  })
  return keys[0]?.token as string | undefined
}

async function describeDemo(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "name", "currency_code"] })
  const { data: stores } = await query.graph({ entity: "federated_store", fields: ["handle", "name", "products.handle"] })
  return {
    publishable_key: await publishableKey(container),
    region_id: regions[0]?.id,
    stores: stores.map((store) => ({
      handle: store.handle,
      name: store.name,
      products: (store.products ?? []).flatMap((product) => (product ? [product.handle] : [])),
    })),
  }
}
