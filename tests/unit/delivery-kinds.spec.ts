import { choiceProblem, kindOfLine, MAIL_ONLY, settingOf, settingProblem } from "../../src/modules/product-delivery/rules"
import { planDigitalDelivery } from "../../src/workflows/utils/digital-lines"
import {
  CheckoutCart,
  CheckoutStore,
  shipsByMail,
  splitCartByStore,
  storeOrderInput,
} from "../../src/workflows/utils/store-orders"

const service = settingOf({ goods: "web_service", kinds: ["prepaid_code", "immediate"] })

describe("delivery kinds of a product", () => {
  it("allows immediate and prepaid codes for a web service, mail alone for merchandise", () => {
    expect(settingProblem({ goods: "web_service", kinds: ["immediate", "prepaid_code"] })).toBeNull()
    expect(settingProblem({ goods: "merchandise", kinds: ["mail"] })).toBeNull()
    expect(settingProblem({ goods: "web_service", kinds: ["mail"] })).toMatch(/^mail is not possible for a web service/)
    expect(settingProblem({ goods: "merchandise", kinds: ["mail", "prepaid_code"] })).toMatch(
      /^prepaid codes is not possible for merchandise/
    )
    expect(settingProblem({ goods: "web_service", kinds: [] })).toMatch(/at least one/)
    expect(settingProblem({ goods: "web_service", kinds: ["immediate"], default_kind: "prepaid_code" })).toMatch(
      /must be one of the allowed kinds/
    )
  })

  it("orders the kinds and defaults to the first one", () => {
    expect(service).toEqual({ goods: "web_service", kinds: ["immediate", "prepaid_code"], default_kind: "immediate" })
  })

  it("delivers a line by its choice while the product allows it, else by the default; a redeemed line immediately", () => {
    expect(kindOfLine({ delivery_kind: "prepaid_code" }, service)).toBe("prepaid_code")
    expect(kindOfLine({ delivery_kind: "mail" }, service)).toBe("immediate")
    expect(kindOfLine(null, MAIL_ONLY)).toBe("mail")
    expect(kindOfLine({ delivery_kind: "prepaid_code", prepaid_code_id: "ppc_1" }, service)).toBe("immediate")
    expect(choiceProblem("Guild Membership", service, "mail")).toBe(
      '"Guild Membership" cannot be delivered by mail: choose immediate delivery or prepaid codes.'
    )
  })
})

describe("checkout of digital lines", () => {
  const store: CheckoutStore = { id: "fst_game", name: "Lantern Forge", sales_channel_id: "sc_1", location_ids: ["sloc_1"] }
  const line = (id: string, delivery_kind: "immediate" | "prepaid_code" | "mail", requires_shipping = true) => ({
    id,
    title: id,
    product_id: `prod_${id}`,
    variant_id: `var_${id}`,
    quantity: 1,
    unit_price: 10,
    requires_shipping,
    delivery_kind,
  })
  const cart = (items: CheckoutCart["items"], billing = true): CheckoutCart => ({
    id: "cart_1",
    currency_code: "usd",
    items,
    shipping_methods: [],
    credit_lines: [],
    shipping_address: { id: "addr_s", address_1: "typed" },
    billing_address: billing ? { id: "addr_b", address_1: "verified" } : null,
  })
  const stores = new Map([[store.id, store]])
  const storeOf = (items: { product_id: string }[]) => new Map(items.map((item) => [item.product_id, store.id]))

  it("needs no shipping method for a store of digital lines, even ones Medusa marked as shipping", () => {
    const items = [line("guild", "immediate"), line("turns", "prepaid_code", false)]
    const [share] = splitCartByStore(cart(items), stores, storeOf(items), new Map())
    expect(share.shipping_methods).toEqual([])
    const order = storeOrderInput(cart(items), share)
    expect(order.items.map((item) => [item.requires_shipping, item.metadata.delivery_kind])).toEqual([
      [false, "immediate"],
      [false, "prepaid_code"],
    ])
  })

  it("mails to the billing address, the one the payment verified", () => {
    const items = [{ ...line("cap", "mail"), product_shipping_profile_id: "sp_caps" }]
    expect(shipsByMail(items[0])).toBe(true)
    const shipping = [{ id: "sm_1", name: "Standard", amount: 5, shipping_option_id: "so_1" }]
    const places = new Map([["so_1", { shipping_profile_id: "sp_caps", location_id: "sloc_1" }]])
    const verified = { ...cart(items), shipping_methods: shipping }
    const [share] = splitCartByStore(verified, stores, storeOf(items), places)
    expect(storeOrderInput(verified, share).shipping_address).toEqual({ address_1: "verified" })
    // Without a billing address nothing was verified: the shipping address stays, as in Medusa.
    const unverified = { ...cart(items, false), shipping_methods: shipping }
    expect(storeOrderInput(unverified, share).shipping_address).toEqual({ address_1: "typed" })
  })

  it("plans one part per digital kind, from where the units were reserved, reusing a fulfillment made before", () => {
    const item = (id: string, kind: string | null, quantity = 1) => ({
      id,
      product_id: `prod_${id}`,
      variant_id: `var_${id}`,
      title: id,
      quantity,
      metadata: kind ? { delivery_kind: kind } : null,
    })
    const plan = planDigitalDelivery({
      items: [item("guild", "immediate"), item("turns", "prepaid_code", 3), item("cap", "mail"), item("fee", null)],
      reservedAt: new Map([["turns", "sloc_vault"]]),
      storeLocationIds: ["sloc_main"],
      existing: { immediate: "ful_1" },
    })
    expect(plan.immediate).toEqual({
      lines: [{ line_item_id: "guild", product_id: "prod_guild", variant_id: "var_guild", title: "guild", quantity: 1 }],
      location_id: "sloc_main",
      fulfillment_id: "ful_1",
    })
    expect(plan.prepaid_code).toMatchObject({
      location_id: "sloc_vault",
      fulfillment_id: null,
      lines: [{ line_item_id: "turns", quantity: 3 }],
    })
  })
})
