import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { FEDERATED_CART_MODULE } from "../../src/modules/federated-cart"
import CartBookmark from "../../src/modules/federated-cart/models/cart-bookmark"
import FederatedCartModuleService from "../../src/modules/federated-cart/service"

moduleIntegrationTestRunner<FederatedCartModuleService>({
  moduleName: FEDERATED_CART_MODULE,
  moduleModels: [CartBookmark],
  resolve: "./src/modules/federated-cart",
  testSuite: ({ service }) => {
    describe("cart bookmarks", () => {
      it("record the store and page of a line and are listed per cart", async () => {
        await service.createCartBookmarks([
          { cart_id: "cart_a", line_item_id: "cali_1", variant_id: "v1", federated_store_id: "fst_1", url: "/stores/a" },
          { cart_id: "cart_a", line_item_id: "cali_2", variant_id: "v2", federated_store_id: "fst_2", url: "/stores/b" },
          { cart_id: "cart_b", line_item_id: "cali_3", variant_id: "v1", federated_store_id: "fst_1", url: "/stores/a" },
        ])
        const bookmarks = await service.listCartBookmarks({ cart_id: "cart_a" })
        expect(bookmarks.map((bookmark) => bookmark.url).sort()).toEqual(["/stores/a", "/stores/b"])
        expect(bookmarks[0].id).toMatch(/^cbm_/)
      })

      it("outlive the line they were recorded for", async () => {
        await service.createCartBookmarks({
          cart_id: "cart_c",
          line_item_id: null,
          variant_id: "v1",
          federated_store_id: "fst_1",
          url: "/stores/a",
        })
        expect(await service.listCartBookmarks({ cart_id: "cart_c" })).toHaveLength(1)
      })
    })
  },
})

jest.setTimeout(60000)
