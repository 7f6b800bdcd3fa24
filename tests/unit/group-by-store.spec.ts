import { groupLinesByStore, CartLine, BookmarkRecord, StoreSummary } from "../../src/api/store/federated-carts/group-by-store"

const harbor: StoreSummary = { id: "fst_harbor", name: "Harbor Thread Co.", handle: "harbor-thread" }
const lantern: StoreSummary = { id: "fst_lantern", name: "Lantern Forge Games", handle: "lantern-forge" }
const stores = new Map([harbor, lantern].map((store) => [store.id, store]))

const line = (id: string, product_id: string, unit_price: number, quantity: number): CartLine => ({
  id,
  variant_id: `variant_${id}`,
  product_id,
  product_handle: product_id,
  title: id,
  product_title: id,
  variant_title: null,
  thumbnail: null,
  quantity,
  unit_price,
})

const bookmark = (line_item_id: string | null, store: StoreSummary, url: string, at: string): BookmarkRecord => ({
  line_item_id,
  federated_store_id: store.id,
  url,
  title: url,
  created_at: at,
})

describe("grouping a federated cart by store", () => {
  const storeOfProduct = new Map([
    ["prod_cap", harbor.id],
    ["prod_tee", harbor.id],
    ["prod_turns", lantern.id],
  ])

  it("puts each line under the store that sold it, with the store's subtotal", () => {
    const result = groupLinesByStore(
      [line("cap", "prod_cap", 22, 3), line("turns", "prod_turns", 4.99, 2), line("tee", "prod_tee", 28, 1)],
      [],
      stores,
      storeOfProduct
    )
    expect(result.stores.map((group) => group.federated_store.handle)).toEqual(["harbor-thread", "lantern-forge"])
    expect(result.stores[0].items.map((item) => item.id)).toEqual(["cap", "tee"])
    expect(result.stores[0].subtotal).toBe(94)
    expect(result.stores[1].subtotal).toBeCloseTo(9.98)
    expect(result.unassigned).toEqual([])
  })

  it("gives each line the page it was most recently added from", () => {
    const result = groupLinesByStore(
      [line("cap", "prod_cap", 22, 2)],
      [
        bookmark("cap", harbor, "/stores/harbor-thread/products/cap", "2026-11-01T10:00:00Z"),
        bookmark("cap", harbor, "/stores/harbor-thread", "2026-11-01T10:05:00Z"),
      ],
      stores,
      storeOfProduct
    )
    expect(result.stores[0].items[0].bookmark?.url).toBe("/stores/harbor-thread")
  })

  it("lists every page once, newest first, and keeps pages whose line is gone", () => {
    const result = groupLinesByStore(
      [],
      [
        bookmark("gone", harbor, "/stores/harbor-thread", "2026-11-01T10:00:00Z"),
        bookmark(null, lantern, "/stores/lantern-forge", "2026-11-01T11:00:00Z"),
        bookmark("gone", harbor, "/stores/harbor-thread", "2026-11-01T09:00:00Z"),
      ],
      stores,
      storeOfProduct
    )
    expect(result.bookmarks.map((page) => page.url)).toEqual(["/stores/lantern-forge", "/stores/harbor-thread"])
    expect(result.stores).toEqual([])
  })

  it("keeps a line whose product no store sells apart instead of dropping it", () => {
    const result = groupLinesByStore([line("orphan", "prod_orphan", 5, 1)], [], stores, storeOfProduct)
    expect(result.stores).toEqual([])
    expect(result.unassigned.map((item) => item.id)).toEqual(["orphan"])
  })
})
