import { httpSuite } from "../../helpers/http-suite"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedDemo } from "../../helpers/demo-federation"
import { settle } from "../../helpers/http"

export default httpSuite(({ api, getContainer }) => {
  let demo: Awaited<ReturnType<typeof seedDemo>>

  beforeAll(async () => {
    demo = await seedDemo(getContainer())
  })

  const store = () => demo.storeHeaders
  const productOf = async (storeHandle: string, productHandle: string) => {
    const { data } = await api.get(
      `/store/federated-stores/${storeHandle}/products/${productHandle}?region_id=${demo.region_id}`,
      store()
    )
    return data.product
  }
  const variantTitled = (product: { variants: { id: string; title: string }[] }, title: string) =>
    product.variants.find((variant) => variant.title === title)!.id
  const newCart = async () => {
    const { data } = await api.post("/store/carts", { region_id: demo.region_id }, store())
    return data.cart.id as string
  }
  const addLine = (cartId: string, body: Record<string, unknown>) =>
    settle(api.post(`/store/federated-carts/${cartId}/line-items`, body, store()))

  describe("the federation's stores", () => {
    it("are listed for shoppers without their distributor details", async () => {
      const { data } = await api.get("/store/federated-stores", store())
      expect(data.count).toBe(3)
      expect(data.federated_stores.map((s: { handle: string }) => s.handle).sort()).toEqual([
        "harbor-thread",
        "lantern-forge",
        "tidewater-prints",
      ])
      expect(JSON.stringify(data)).not.toContain("distributor")

      const asked = await api.get("/store/federated-stores?fields=distributor_url,name", store())
      expect(JSON.stringify(asked.data)).not.toContain("distributor")
    })

    it("each show their own catalogue with prices", async () => {
      const { data } = await api.get(`/store/federated-stores/harbor-thread?region_id=${demo.region_id}`, store())
      const titles = data.federated_store.products.map((p: { title: string }) => p.title).sort()
      expect(titles).toEqual(["Dockside Hoodie", "Harbor Crew Cap", "Lantern Forge Logo T-Shirt"])
      const cap = data.federated_store.products.find((p: { handle: string }) => p.handle === "harbor-crew-cap")
      expect(cap.variants[0].calculated_price.calculated_amount).toBe(22)
    })

    it("answer 404 for an unknown store or another store's product", async () => {
      const unknown = await settle(api.get("/store/federated-stores/no-such-store", store()))
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toMatch(/no-such-store/)
      const elsewhere = await settle(api.get("/store/federated-stores/harbor-thread/products/guild-membership", store()))
      expect(elsewhere.status).toBe(404)
    })

    it("share the print's inventory item between two stores", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: variants } = await query.graph({
        entity: "product_variant",
        fields: ["sku", "inventory_items.inventory_item_id"],
        filters: { sku: ["TW-LIGHTHOUSE-A3", "LF-COVER-PRINT"] },
      })
      const items = variants.map((variant) => variant.inventory_items?.[0]?.inventory_item_id)
      expect(items).toHaveLength(2)
      expect(items[0]).toBeDefined()
      expect(items[0]).toBe(items[1])
    })
  })

  describe("the one cart", () => {
    it("takes products of three stores and groups them by store with bookmarks", async () => {
      const cartId = await newCart()
      const cap = await productOf("harbor-thread", "harbor-crew-cap")
      const turns = await productOf("lantern-forge", "turn-pack")
      const book = await productOf("tidewater-prints", "tales-of-the-salt-coast")

      await addLine(cartId, {
        variant_id: cap.variants[0].id,
        bookmark: { url: "/stores/harbor-thread/products/harbor-crew-cap", title: "Cap" },
      })
      await addLine(cartId, {
        variant_id: variantTitled(turns, "10 turns"),
        quantity: 2,
        bookmark: { url: "/stores/lantern-forge/products/turn-pack" },
      })
      const { data, status } = await addLine(cartId, {
        variant_id: book.variants[0].id,
        bookmark: { url: "https://shop.example/stores/tidewater-prints" },
      })

      expect(status).toBe(200)
      const cart = data.federated_cart
      expect(cart.stores.map((group: any) => group.federated_store.handle)).toEqual([
        "harbor-thread",
        "lantern-forge",
        "tidewater-prints",
      ])
      const lantern = cart.stores[1]
      expect(lantern.items[0]).toMatchObject({
        quantity: 2,
        unit_price: 4.99,
        bookmark: { url: "/stores/lantern-forge/products/turn-pack" },
      })
      expect(lantern.subtotal).toBeCloseTo(9.98)
      expect(cart.item_total).toBeCloseTo(22 + 9.98 + 32)
      expect(cart.bookmarks.map((b: any) => b.url)).toEqual([
        "https://shop.example/stores/tidewater-prints",
        "/stores/lantern-forge/products/turn-pack",
        "/stores/harbor-thread/products/harbor-crew-cap",
      ])
      expect(cart.bookmarks[0].federated_store.handle).toBe("tidewater-prints")

      const again = await api.get(`/store/federated-carts/${cartId}`, store())
      expect(again.data.federated_cart).toEqual(cart)
    })

    it("grows the existing line when the same variant is added again", async () => {
      const cartId = await newCart()
      const tee = await productOf("harbor-thread", "lantern-forge-logo-tee")
      await addLine(cartId, {
        variant_id: tee.variants[1].id,
        bookmark: { url: "/stores/harbor-thread/products/lantern-forge-logo-tee" },
      })
      const { data } = await addLine(cartId, {
        variant_id: tee.variants[1].id,
        quantity: 2,
        bookmark: { url: "/stores/harbor-thread" },
      })
      const items = data.federated_cart.stores[0].items
      expect(items).toHaveLength(1)
      expect(items[0].quantity).toBe(3)
      expect(items[0].bookmark.url).toBe("/stores/harbor-thread")
      expect(data.federated_cart.bookmarks).toHaveLength(2)
    })

    it("keeps one line when many adds of the same variant race", async () => {
      const cartId = await newCart()
      const cap = await productOf("harbor-thread", "harbor-crew-cap")
      const responses = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          addLine(cartId, { variant_id: cap.variants[1].id, bookmark: { url: `/stores/harbor-thread?visit=${i}` } })
        )
      )
      expect(responses.map((response) => response.status)).toEqual(Array(8).fill(200))
      const { data } = await api.get(`/store/federated-carts/${cartId}`, store())
      const items = data.federated_cart.stores[0].items
      expect(items).toHaveLength(1)
      expect(items[0].quantity).toBe(8)
      expect(data.federated_cart.bookmarks).toHaveLength(8)
    })

    it("groups a line added through Medusa's own route under its store", async () => {
      const cartId = await newCart()
      const hoodie = await productOf("harbor-thread", "dockside-hoodie")
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: hoodie.variants[0].id, quantity: 1 }, store())
      const { data } = await api.get(`/store/federated-carts/${cartId}`, store())
      expect(data.federated_cart.stores[0].federated_store.handle).toBe("harbor-thread")
      expect(data.federated_cart.stores[0].items[0].bookmark).toBeNull()
    })
  })

  describe("bad input", () => {
    it("is refused with a clear message and changes nothing", async () => {
      const cartId = await newCart()
      const cap = await productOf("harbor-thread", "harbor-crew-cap")
      const refused = [
        await addLine("cart_missing", { variant_id: cap.variants[0].id, bookmark: { url: "/x" } }),
        await addLine(cartId, { variant_id: "variant_missing", bookmark: { url: "/x" } }),
        await addLine(cartId, { variant_id: cap.variants[0].id, quantity: 0, bookmark: { url: "/x" } }),
        await addLine(cartId, { variant_id: cap.variants[0].id, bookmark: { url: "javascript:alert(1)" } }),
        await addLine(cartId, { variant_id: cap.variants[0].id }),
        await addLine(cartId, { variant_id: cap.variants[0].id, bookmark: { url: "/x" }, price: 0 }),
      ]
      expect(refused.map((response) => response.status)).toEqual([404, 404, 400, 400, 400, 400])
      expect(refused[1].data.message).toBe("No product variant with id variant_missing.")
      expect(refused[3].data.message).toMatch(/bookmark\.url/)
      expect(refused[4].data.message).toMatch(/bookmark/)

      const { data } = await api.get(`/store/federated-carts/${cartId}`, store())
      expect(data.federated_cart.stores).toEqual([])
      expect(data.federated_cart.bookmarks).toEqual([])
    })

    it("refuses a variant that no store of the federation sells", async () => {
      const container = getContainer()
      const [orphan] = await container.resolve(Modules.PRODUCT).createProducts([
        {
          title: "Unlisted sample",
          options: [{ title: "Edition", values: ["One"] }],
          variants: [{ title: "One", options: { Edition: "One" } }],
        },
      ])
      const cartId = await newCart()
      const response = await addLine(cartId, { variant_id: orphan.variants[0].id, bookmark: { url: "/x" } })
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/not sold by any store/)
    })
  })

  describe("the demo seed", () => {
    it("reuses what is there when run again", async () => {
      const again = await seedDemo(getContainer())
      expect(again.publishable_key).toBe(demo.publishable_key)
      const { data } = await api.get("/store/federated-stores", store())
      expect(data.count).toBe(3)
    })
  })
})
