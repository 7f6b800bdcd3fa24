import { httpSuite } from "../../helpers/http-suite"
import { Modules } from "@medusajs/framework/utils"
import { VISIBILITY_MODULE } from "../../../src/modules/visibility"
import type VisibilityModuleService from "../../../src/modules/visibility/service"
import { readyForCheckout } from "../../helpers/checkout"
import { settle } from "../../helpers/http"
import { asCart, demoWithAdmin, newCart } from "../../helpers/visibility"

export default httpSuite(({ api, getContainer }) => {
  const fixture = demoWithAdmin(getContainer)
  let { demo, admin, calendar } = fixture
  beforeEach(() => {
    ;({ demo, admin, calendar } = fixture)
  })

  const visibility = () => getContainer().resolve<VisibilityModuleService>(VISIBILITY_MODULE)
  const setKind = (productId: string, body: Record<string, unknown>) =>
    settle(api.post(`/admin/products/${productId}/visibility`, body, admin))
  const unlockFor = (cartId: string, productId: string, expiresAt: Date | null = null) =>
    visibility().createUnlocks({ cart_id: cartId, reason: "access_code", product_id: productId, expires_at: expiresAt })

  /** Everything a shopper's storefront can read about the catalogue, as that cart. */
  const catalogueSeenBy = async (cartId: string | null) => {
    const headers = asCart(demo.storeHeaders, cartId)
    const get = (url: string) => settle(api.get(url, headers))
    const [list, byId, byHandle, variants, variant, store, storeProduct, stock] = await Promise.all([
      get("/store/products?limit=100"),
      get(`/store/products/${calendar.id}`),
      get(`/store/products?handle=${calendar.handle}`),
      get("/store/product-variants?limit=100"),
      get(`/store/product-variants/${calendar.variantIds[0]}`),
      get("/store/federated-stores/tidewater-prints"),
      get(`/store/federated-stores/tidewater-prints/products/${calendar.handle}`),
      get(`/store/federated-stock?variant_ids=${calendar.variantIds[0]}`),
    ])
    return {
      listed: list.data.products.some((p: { id: string }) => p.id === calendar.id),
      listCount: list.data.count as number,
      retrieved: byId.status,
      byHandle: byHandle.data.products.length as number,
      variantListed: variants.data.variants.some((v: { id: string }) => v.id === calendar.variantIds[0]),
      variantRetrieved: variant.status,
      inStore: store.data.federated_store.products.some((p: { id: string }) => p.id === calendar.id),
      storeProduct: storeProduct.status,
      stockCounted: calendar.variantIds[0] in stock.data.variants,
    }
  }

  describe("an admin", () => {
    it("sets a product's kind, public by default, and bad input changes nothing", async () => {
      const before = await api.get(`/admin/products/${calendar.id}/visibility`, admin)
      expect(before.data.product_visibility).toEqual({ product_id: calendar.id, kind: "public", partner_id: null })

      const set = await setKind(calendar.id, { kind: "private" })
      expect(set.status).toBe(200)
      expect(set.data.product_visibility.kind).toBe("private")

      const wrongKind = await setKind(calendar.id, { kind: "secret" })
      expect(wrongKind.status).toBe(400)
      const partnerOnPrivate = await setKind(calendar.id, { kind: "private", partner_id: "ptnr_1" })
      expect(partnerOnPrivate.status).toBe(400)
      expect(partnerOnPrivate.data.message).toMatch(/partner_id/)
      const unknownPartner = await setKind(calendar.id, { kind: "protected", partner_id: "ptnr_nope" })
      expect(unknownPartner.status).toBe(404)
      const unknownProduct = await setKind("prod_nope", { kind: "private" })
      expect(unknownProduct.status).toBe(404)

      const after = await api.get(`/admin/products/${calendar.id}/visibility`, admin)
      expect(after.data.product_visibility.kind).toBe("private")
    })
  })

  describe("a hidden product", () => {
    it("is never listed, retrieved or counted on any catalogue path", async () => {
      const open = await catalogueSeenBy(null)
      expect(open).toMatchObject({
        listed: true,
        retrieved: 200,
        byHandle: 1,
        variantListed: true,
        variantRetrieved: 200,
        inStore: true,
        storeProduct: 200,
        stockCounted: true,
      })

      for (const kind of ["protected", "private", "prepaid"]) {
        await setKind(calendar.id, { kind })
        const cartId = await newCart(api, demo)
        for (const seenBy of [null, cartId]) {
          expect(await catalogueSeenBy(seenBy)).toEqual({
            listed: false,
            listCount: open.listCount - 1,
            retrieved: 404,
            byHandle: 0,
            variantListed: false,
            variantRetrieved: 404,
            inStore: false,
            storeProduct: 404,
            stockCounted: false,
          })
        }
      }
    })

    it("is left out of collections and categories that embed their products", async () => {
      const products = getContainer().resolve(Modules.PRODUCT)
      const collection = await products.createProductCollections({ title: "Wall things", handle: "wall-things" })
      const category = await products.createProductCategories({
        name: "Paper",
        handle: "paper",
        is_active: true,
        is_internal: false,
      })
      await products.updateProducts(calendar.id, { collection_id: collection.id, category_ids: [category.id] })
      const embedded = async () => {
        const [one, list, cat] = await Promise.all([
          api.get(`/store/collections/${collection.id}?fields=*products`, demo.storeHeaders),
          api.get(`/store/collections?fields=*products`, demo.storeHeaders),
          api.get(`/store/product-categories/${category.id}?fields=*products`, demo.storeHeaders),
        ])
        return [one.data.collection.products, list.data.collections[0].products, cat.data.product_category.products].map(
          (listed: { id: string }[]) => listed.some((product) => product.id === calendar.id)
        )
      }
      expect(await embedded()).toEqual([true, true, true])
      await setKind(calendar.id, { kind: "private" })
      expect(await embedded()).toEqual([false, false, false])
    })

    it("cannot be put in a cart by a guessed variant id, on any cart path, even when many try at once", async () => {
      await setKind(calendar.id, { kind: "private" })
      const cartId = await newCart(api, demo)
      const variantId = calendar.variantIds[0]
      const bogus = await settle(
        api.post(`/store/carts/${cartId}/line-items`, { variant_id: "variant_nope", quantity: 1 }, demo.storeHeaders)
      )

      const attempts = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          settle(
            i % 3 === 0
              ? api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, demo.storeHeaders)
              : i % 3 === 1
                ? api.post(
                    `/store/federated-carts/${cartId}/line-items`,
                    { variant_id: variantId, bookmark: { url: "/guess" } },
                    demo.storeHeaders
                  )
                : api.post(
                    "/store/carts",
                    { region_id: demo.region_id, items: [{ variant_id: variantId, quantity: 1 }] },
                    demo.storeHeaders
                  )
          )
        )
      )
      expect(attempts.map((a) => a.status)).toEqual(Array(30).fill(400))
      // The same answer as for a variant that does not exist, naming only the id sent.
      for (const attempt of attempts) {
        expect(attempt.data.message).toBe(bogus.data.message.replace("variant_nope", variantId))
      }
      const { data } = await api.get(`/store/carts/${cartId}`, demo.storeHeaders)
      expect(data.cart.items).toEqual([])
    })
  })

  describe("an unlock", () => {
    it("shows and sells the product to its cart only, until it runs out", async () => {
      await setKind(calendar.id, { kind: "private" })
      const mine = await newCart(api, demo)
      const theirs = await newCart(api, demo)
      await unlockFor(mine, calendar.id)

      expect(await catalogueSeenBy(mine)).toMatchObject({ listed: true, retrieved: 200, inStore: true, stockCounted: true })
      expect((await catalogueSeenBy(theirs)).listed).toBe(false)

      const added = await settle(
        api.post(`/store/carts/${mine}/line-items`, { variant_id: calendar.variantIds[0], quantity: 1 }, demo.storeHeaders)
      )
      expect(added.status).toBe(200)
      const refused = await settle(
        api.post(`/store/carts/${theirs}/line-items`, { variant_id: calendar.variantIds[0], quantity: 1 }, demo.storeHeaders)
      )
      expect(refused.status).toBe(400)

      const lapsed = await newCart(api, demo)
      await unlockFor(lapsed, calendar.id, new Date(Date.now() - 1000))
      expect((await catalogueSeenBy(lapsed)).listed).toBe(false)
    })

    it("no longer covers a line once the product is hidden from its cart: no change, no checkout, removal allowed", async () => {
      const cartId = await newCart(api, demo)
      const { data } = await api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: calendar.variantIds[0], quantity: 1 },
        demo.storeHeaders
      )
      const lineId = data.cart.items[0].id
      await readyForCheckout(api, demo.storeHeaders, cartId)
      await setKind(calendar.id, { kind: "private" })

      const grow = await settle(api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 2 }, demo.storeHeaders))
      expect(grow.status).toBe(400)
      expect(grow.data.message).toMatch(/Tide Charts 2027 Wall Calendar/)
      const hold = await settle(api.post(`/store/federated-carts/${cartId}/line-items/${lineId}/hold`, {}, demo.storeHeaders))
      expect(hold.status).toBe(400)

      const checkouts = await Promise.all(
        Array.from({ length: 5 }, () => settle(api.post(`/store/carts/${cartId}/complete`, {}, demo.storeHeaders)))
      )
      expect(checkouts.map((c) => c.status)).toEqual(Array(5).fill(400))

      const removed = await settle(api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 0 }, demo.storeHeaders))
      expect(removed.status).toBe(200)
      expect(removed.data.cart.items).toEqual([])
    })
  })
})
