import { AdminCreateFederatedStore, AdminUpdateFederatedStore } from "../../src/api/admin/federated-stores/validators"
import { StoreAddFederatedLineItem } from "../../src/api/store/federated-carts/validators"

const validStore = {
  name: "North Shop",
  handle: "north-shop",
  contact_email: "owner@north.example",
  distributor_url: "https://north.example/orders",
}

describe("federated store input", () => {
  it("accepts a store with the required fields", () => {
    expect(AdminCreateFederatedStore.safeParse(validStore).success).toBe(true)
  })

  it.each([
    ["an upper-case handle", { handle: "North" }, "handle"],
    ["a handle with a double dash", { handle: "north--shop" }, "handle"],
    ["a distributor that is not http", { distributor_url: "ftp://north.example" }, "distributor_url"],
    ["a contact that is not an e-mail", { contact_email: "north" }, "contact_email"],
    ["a colour that is not hex", { accent_color: "blue" }, "accent_color"],
    ["an unknown field", { owner: "me" }, "owner"],
  ])("refuses %s and names the field", (_case, change, field) => {
    const result = AdminCreateFederatedStore.safeParse({ ...validStore, ...change })
    expect(result.success).toBe(false)
    expect(JSON.stringify(result.error?.issues)).toContain(field)
  })

  it("refuses an update that changes nothing", () => {
    expect(AdminUpdateFederatedStore.safeParse({}).success).toBe(false)
  })
})

describe("adding a line from a page", () => {
  const valid = { variant_id: "variant_1", bookmark: { url: "/stores/north-shop/products/tee" } }

  it("defaults the quantity to one", () => {
    const result = StoreAddFederatedLineItem.parse(valid)
    expect(result.quantity).toBe(1)
  })

  it.each([
    ["a script address", "javascript:alert(1)"],
    ["a protocol-relative address", "//evil.example/page"],
    ["a bare word", "home"],
  ])("refuses %s as a bookmark", (_case, url) => {
    expect(StoreAddFederatedLineItem.safeParse({ ...valid, bookmark: { url } }).success).toBe(false)
  })

  it("accepts a full page address", () => {
    expect(StoreAddFederatedLineItem.safeParse({ ...valid, bookmark: { url: "https://shop.example/stores/a" } }).success).toBe(
      true
    )
  })

  it.each([0, -1, 1.5])("refuses a quantity of %p", (quantity) => {
    expect(StoreAddFederatedLineItem.safeParse({ ...valid, quantity }).success).toBe(false)
  })
})
