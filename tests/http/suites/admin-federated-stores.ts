import { httpSuite } from "../../helpers/http-suite"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { adminHeaders } from "../../helpers/admin"
import { settle } from "../../helpers/http"

const storeBody = (handle: string, extra: Record<string, unknown> = {}) => ({
  name: `Store ${handle}`,
  handle,
  contact_email: `${handle}@stores.example`,
  distributor_url: `https://${handle}.example/handoff`,
  ...extra,
})

export default httpSuite(({ api, getContainer }) => {
  let admin: Awaited<ReturnType<typeof adminHeaders>>

  beforeEach(async () => {
    admin = await adminHeaders(getContainer())
  })

  const create = (body: Record<string, unknown>) => settle(api.post("/admin/federated-stores", body, admin))
  const createProduct = async (title: string) => {
    const [product] = await getContainer()
      .resolve(Modules.PRODUCT)
      .createProducts([
        { title, options: [{ title: "Edition", values: ["One"] }], variants: [{ title: "One", options: { Edition: "One" } }] },
      ])
    return product.id
  }
  const channelsOf = async (productId: string) => {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["sales_channels.id", "sales_channels.name"],
      filters: { id: productId },
    })
    return (data[0].sales_channels ?? []).map((channel) => channel!.name).sort()
  }

  it("refuses requests without an admin session", async () => {
    const response = await settle(api.get("/admin/federated-stores"))
    expect(response.status).toBe(401)
  })

  it("creates a store with its own sales channel and warehouse, serving the federation", async () => {
    const { status, data } = await create(storeBody("north", { accent_color: "#2f6fdf" }))
    expect(status).toBe(201)
    const store = data.federated_store
    expect(store).toMatchObject({ handle: "north", product_count: 0, accent_color: "#2f6fdf" })
    expect(store.sales_channel.name).toBe("Store north")
    expect(store.stock_locations.map((location: { name: string }) => location.name)).toEqual(["Store north warehouse"])

    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data: locations } = await query.graph({
      entity: "stock_location",
      fields: ["sales_channels.name"],
      filters: { id: store.stock_locations[0].id },
    })
    const served = (locations[0].sales_channels ?? []).map((channel) => channel!.name).sort()
    expect(served).toEqual(["Federation", "Store north"])
  })

  it("serves a new store from existing warehouses it shares with others", async () => {
    const first = await create(storeBody("first"))
    const warehouse = first.data.federated_store.stock_locations[0].id
    const second = await create(storeBody("second", { stock_location_ids: [warehouse] }))
    expect(second.status).toBe(201)
    expect(second.data.federated_store.stock_locations.map((l: { id: string }) => l.id)).toEqual([warehouse])
  })

  it("refuses bad input with a message naming the problem, and writes nothing", async () => {
    const cases = [
      [storeBody("Bad Handle"), 400, /handle/],
      [storeBody("ok-handle", { distributor_url: "ftp://x.example" }), 400, /distributor_url/],
      [storeBody("ok-handle", { contact_email: "nobody" }), 400, /contact_email/],
      [{ name: "Only a name" }, 400, /handle|contact_email|distributor_url/],
      [storeBody("ok-handle", { stock_location_ids: ["sloc_missing"] }), 404, /sloc_missing/],
    ] as const
    for (const [body, status, message] of cases) {
      const response = await create(body)
      expect([response.status, response.data.message]).toEqual([status, expect.stringMatching(message)])
    }
    const { data } = await api.get("/admin/federated-stores", admin)
    expect(data.count).toBe(0)
    const channels = await getContainer().resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: "Store ok-handle" })
    expect(channels).toEqual([])
  })

  it("gives a handle to exactly one store when many creations race for it", async () => {
    const responses = await Promise.all(Array.from({ length: 6 }, () => create(storeBody("race"))))
    const statuses = responses.map((response) => response.status).sort()
    expect(statuses.filter((status) => status === 201)).toHaveLength(1)
    expect(statuses.every((status) => status < 500)).toBe(true)
    const refused = responses.find((response) => response.status !== 201)!
    expect(refused.data.message).toMatch(/already exists/)

    const { data } = await api.get("/admin/federated-stores", admin)
    expect(data.count).toBe(1)
    const orphans = await getContainer().resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: "Store race" })
    expect(orphans).toHaveLength(1)
  })

  it("lists stores with search and paging", async () => {
    for (const handle of ["alpha", "beta", "gamma"]) {
      await create(storeBody(handle))
    }
    const page = await api.get("/admin/federated-stores?limit=2&offset=0", admin)
    expect(page.data).toMatchObject({ count: 3, limit: 2, offset: 0 })
    expect(page.data.federated_stores).toHaveLength(2)
    expect(page.data.federated_stores[0].product_count).toBe(0)
    const found = await api.get("/admin/federated-stores?q=gam", admin)
    expect(found.data.federated_stores.map((s: { handle: string }) => s.handle)).toEqual(["gamma"])
  })

  it("updates a store and renames its sales channel with it", async () => {
    const { data } = await create(storeBody("rename"))
    const id = data.federated_store.id
    const updated = await api.post(`/admin/federated-stores/${id}`, { name: "Renamed Store", tagline: "New" }, admin)
    expect(updated.data.federated_store).toMatchObject({ name: "Renamed Store", tagline: "New", handle: "rename" })
    expect(updated.data.federated_store.sales_channel.name).toBe("Renamed Store")

    const empty = await settle(api.post(`/admin/federated-stores/${id}`, {}, admin))
    expect(empty.status).toBe(400)
    const missing = await settle(api.post(`/admin/federated-stores/fst_missing`, { name: "X" }, admin))
    expect(missing.status).toBe(404)
  })

  it("puts products into a store and moves them between stores", async () => {
    const north = (await create(storeBody("north"))).data.federated_store
    const south = (await create(storeBody("south"))).data.federated_store
    const productId = await createProduct("Wool Scarf")

    const added = await api.post(`/admin/federated-stores/${north.id}/products`, { add: [productId] }, admin)
    expect(added.data.federated_store.product_count).toBe(1)
    expect(await channelsOf(productId)).toEqual(["Federation", "Store north"])
    const owner = await api.get(`/admin/products/${productId}/federated-store`, admin)
    expect(owner.data.federated_store.handle).toBe("north")

    await api.post(`/admin/federated-stores/${south.id}/products`, { add: [productId] }, admin)
    expect(await channelsOf(productId)).toEqual(["Federation", "Store south"])
    const after = await api.get(`/admin/federated-stores/${north.id}`, admin)
    expect(after.data.federated_store.product_count).toBe(0)

    await api.post(`/admin/federated-stores/${south.id}/products`, { remove: [productId] }, admin)
    expect(await channelsOf(productId)).toEqual([])
    const none = await api.get(`/admin/products/${productId}/federated-store`, admin)
    expect(none.data.federated_store).toBeNull()

    const unknown = await settle(api.post(`/admin/federated-stores/${south.id}/products`, { add: ["prod_missing"] }, admin))
    expect([unknown.status, unknown.data.message]).toEqual([404, "No product with id prod_missing."])
  })

  it("deletes a store only once it sells nothing, keeping its warehouse", async () => {
    const store = (await create(storeBody("closing"))).data.federated_store
    const productId = await createProduct("Last Lamp")
    await api.post(`/admin/federated-stores/${store.id}/products`, { add: [productId] }, admin)

    const refused = await settle(api.delete(`/admin/federated-stores/${store.id}`, admin))
    expect(refused.status).toBe(409)
    expect(refused.data.message).toMatch(/still sells 1 product/)

    await api.post(`/admin/federated-stores/${store.id}/products`, { remove: [productId] }, admin)
    const deleted = await api.delete(`/admin/federated-stores/${store.id}`, admin)
    expect(deleted.data).toEqual({ id: store.id, object: "federated_store", deleted: true })

    const gone = await settle(api.get(`/admin/federated-stores/${store.id}`, admin))
    expect(gone.status).toBe(404)
    const channels = await getContainer().resolve(Modules.SALES_CHANNEL).listSalesChannels({ id: store.sales_channel.id })
    expect(channels).toEqual([])
    const locations = await getContainer().resolve(Modules.STOCK_LOCATION).listStockLocations({ id: store.stock_locations[0].id })
    expect(locations).toHaveLength(1)

    const again = await create(storeBody("closing"))
    expect(again.status).toBe(201)
  })
})
