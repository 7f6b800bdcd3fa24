import { excludeProducts } from "../../src/api/store/visibility/narrow-filters"
import { hiddenProducts, LiveUnlock, Restriction } from "../../src/modules/visibility/rules"

const now = new Date("2026-11-21T12:00:00Z")
const restrictions: Restriction[] = [
  { product_id: "turns", kind: "protected", partner_id: "game" },
  { product_id: "any-partner", kind: "protected", partner_id: null },
  { product_id: "preview", kind: "private", partner_id: null },
  { product_id: "voucher", kind: "prepaid", partner_id: null },
]
const unlock = (changes: Partial<LiveUnlock>): LiveUnlock => ({
  reason: "access_code",
  partner_id: null,
  product_id: null,
  expires_at: null,
  ...changes,
})

describe("what a cart may not see", () => {
  it("is every restricted product without unlocks", () => {
    expect(hiddenProducts(restrictions, [], now)).toEqual(["turns", "any-partner", "preview", "voucher"])
  })

  it("loses a partner's protected products (and partner-less ones) once bound to that partner", () => {
    expect(hiddenProducts(restrictions, [unlock({ reason: "partner", partner_id: "game" })], now)).toEqual(["preview", "voucher"])
    expect(hiddenProducts(restrictions, [unlock({ reason: "partner", partner_id: "other" })], now)).toEqual([
      "turns",
      "preview",
      "voucher",
    ])
  })

  it("loses exactly the product a code opened; a code never opens protected products", () => {
    expect(hiddenProducts(restrictions, [unlock({ product_id: "preview" })], now)).toEqual(["turns", "any-partner", "voucher"])
    expect(hiddenProducts(restrictions, [unlock({ reason: "prepaid_code", product_id: "voucher" })], now)).toEqual([
      "turns",
      "any-partner",
      "preview",
    ])
    expect(hiddenProducts(restrictions, [unlock({ product_id: "turns" })], now)).toContain("turns")
  })

  it("counts an unlock until its expiry instant, not after", () => {
    const until = (iso: string) => [unlock({ product_id: "preview", expires_at: new Date(iso) })]
    expect(hiddenProducts(restrictions, until("2026-11-21T12:00:00.001Z"), now)).not.toContain("preview")
    expect(hiddenProducts(restrictions, until("2026-11-21T12:00:00Z"), now)).toContain("preview")
  })
})

describe("narrowing core's catalogue filters", () => {
  const hidden = new Set(["p2", "p3"])

  it("adds an exclusion when there is no id filter", () => {
    expect(excludeProducts({ status: "published" }, "id", hidden)).toEqual({ status: "published", id: { $nin: ["p2", "p3"] } })
  })

  it("keeps the other ids of an existing list (core's sales-channel restriction)", () => {
    expect(excludeProducts({ id: ["p1", "p2", "p4"] }, "id", hidden)).toEqual({ id: ["p1", "p4"] })
  })

  it("empties a single hidden id, so a retrieve answers 404", () => {
    expect(excludeProducts({ id: "p2" }, "id", hidden)).toEqual({ id: [] })
    expect(excludeProducts({ id: "p1" }, "id", hidden)).toEqual({ id: "p1" })
  })

  it("adds a condition beside an operator it does not understand", () => {
    expect(excludeProducts({ id: { $like: "p%" } }, "id", hidden)).toEqual({
      id: { $like: "p%" },
      $and: [{ id: { $nin: ["p2", "p3"] } }],
    })
  })

  it("leaves filters alone when nothing is hidden", () => {
    const filters = { id: ["p1"] }
    expect(excludeProducts(filters, "id", new Set())).toBe(filters)
  })
})
