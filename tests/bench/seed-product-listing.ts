// Run by tests/bench/product-listing.mjs with `medusa exec`, on the benchmark's own
// database after the demo seed: 10,000 published products in the Federation sales
// channel (the one the demo's publishable key reads), of which every tenth is hidden,
// alternately protected and private. Written through the modules' services in batches:
// the admin API would take minutes for 10,000 products on two cores.
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { writeFileSync } from "node:fs"
import { VISIBILITY_MODULE } from "../../src/modules/visibility"
import type VisibilityModuleService from "../../src/modules/visibility/service"

const COUNT = Number(process.env.BENCH_PRODUCTS ?? 10_000)
const HIDDEN_EVERY = 10
const BATCH = 500
/** Search words: each title holds one, so `q=<word>` matches about a sixth of the catalogue. */
export const WORDS = ["lantern", "harbor", "tidewater", "forge", "compass", "meridian"]

export default async function seedProductListing({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const products = container.resolve(Modules.PRODUCT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const visibility: VisibilityModuleService = container.resolve(VISIBILITY_MODULE)
  const channels = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { select: ["id", "metadata"] })
  const federation = channels.find((channel) => channel.metadata?.federation_wide === true)
  if (!federation) {
    throw new Error("No Federation sales channel: run the demo seed first.")
  }

  const hidden: { id: string; kind: "protected" | "private" }[] = []
  for (let start = 0; start < COUNT; start += BATCH) {
    const numbers = Array.from({ length: Math.min(BATCH, COUNT - start) }, (_, i) => start + i)
    const created = await products.createProducts(
      numbers.map((n) => ({
        title: `Listing ${WORDS[n % WORDS.length]} ${n}`,
        handle: `listing-${n}`,
        status: ProductStatus.PUBLISHED,
        options: [{ title: "Edition", values: ["Standard"] }],
        variants: [{ title: "Standard", sku: `LISTING-${n}`, manage_inventory: false, options: { Edition: "Standard" } }],
      }))
    )
    await link.create(
      created.map((product) => ({
        [Modules.PRODUCT]: { product_id: product.id },
        [Modules.SALES_CHANNEL]: { sales_channel_id: federation.id },
      }))
    )
    created.forEach((product, i) => {
      const n = numbers[i]
      if (n % HIDDEN_EVERY === 0) {
        hidden.push({ id: product.id, kind: (n / HIDDEN_EVERY) % 2 === 0 ? "protected" : "private" })
      }
    })
    logger.info(`Listing bench: ${start + created.length} of ${COUNT} products`)
  }
  await visibility.createProductVisibilities(hidden.map(({ id, kind }) => ({ product_id: id, kind })))
  const summary = { products: COUNT, hidden: hidden.length, hidden_ids: hidden.map(({ id }) => id) }
  if (process.env.BENCH_SEED_OUTPUT) {
    writeFileSync(process.env.BENCH_SEED_OUTPUT, JSON.stringify(summary))
  }
  logger.info(`Listing bench: ${COUNT} products, ${hidden.length} hidden`)
}
