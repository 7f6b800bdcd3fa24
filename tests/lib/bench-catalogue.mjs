// The benchmarks' own catalogue, made through the admin API on a freshly seeded demo.
import { expectStatus } from "./shoppers.mjs"

/**
 * One hot product (a variant of `hotStock` units) and `spread` products of one variant each
 * with `spreadStock` units, at Tidewater's warehouse and sold by Tidewater, through the admin API.
 */
export async function seedBenchCatalogue(admin, sql, { hotSku, hotStock, spread, spreadStock }) {
  const { federated_stores: stores } = expectStatus(await admin.request("GET", "/admin/federated-stores"), "Listing stores")
  const tidewater = stores.find((store) => store.handle === "tidewater-prints")
  const { federated_store: store } = expectStatus(
    await admin.request("GET", `/admin/federated-stores/${tidewater.id}`),
    "Reading Tidewater"
  )
  const locationId = store.stock_locations[0].id
  const { shipping_profiles: profiles } = expectStatus(
    await admin.request("GET", "/admin/shipping-profiles?type=default"),
    "Reading the shipping profile"
  )

  const wanted = [
    { sku: hotSku, stock: hotStock },
    ...Array.from({ length: spread }, (_, i) => ({ sku: `BENCH-SPREAD-${String(i).padStart(3, "0")}`, stock: spreadStock })),
  ]
  const chunks = (list, size) =>
    Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size))
  const productIds = []
  for (const chunk of chunks(wanted, 50)) {
    const { created } = expectStatus(
      await admin.request("POST", "/admin/products/batch?fields=id", {
        create: chunk.map(({ sku }) => ({
          title: `Bench ${sku}`,
          handle: sku.toLowerCase(),
          status: "published",
          shipping_profile_id: profiles[0].id,
          options: [{ title: "Edition", values: ["Standard"] }],
          variants: [
            {
              title: "Standard",
              sku,
              options: { Edition: "Standard" },
              manage_inventory: true,
              prices: [{ currency_code: "usd", amount: 10 }],
            },
          ],
        })),
      }),
      "Creating bench products"
    )
    productIds.push(...created.map((product) => product.id))
  }

  const rows = await sql(
    `SELECT pv.id, pv.sku, pvii.inventory_item_id
       FROM product_variant pv JOIN product_variant_inventory_item pvii ON pvii.variant_id = pv.id
      WHERE pv.sku LIKE 'BENCH-%' AND pv.deleted_at IS NULL`
  )
  const bySku = new Map(rows.map((row) => [row.sku, row]))
  for (const chunk of chunks(wanted, 100)) {
    expectStatus(
      await admin.request("POST", "/admin/inventory-items/location-levels/batch", {
        create: chunk.map(({ sku, stock }) => ({
          inventory_item_id: bySku.get(sku).inventory_item_id,
          location_id: locationId,
          stocked_quantity: stock,
        })),
      }),
      "Stocking bench products"
    )
  }
  for (const chunk of chunks(productIds, 100)) {
    expectStatus(
      await admin.request("POST", `/admin/federated-stores/${store.id}/products`, { add: chunk }),
      "Putting bench products in Tidewater"
    )
  }
  return {
    hot: bySku.get(hotSku).id,
    spread: wanted.slice(1).map(({ sku }) => bySku.get(sku).id),
  }
}
