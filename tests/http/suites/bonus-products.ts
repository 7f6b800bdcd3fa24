import { httpSuite } from "../../helpers/http-suite"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BONUS_MODULE } from "../../../src/modules/bonus"
import type BonusModuleService from "../../../src/modules/bonus/service"
import { TICKETING_MODULE } from "../../../src/modules/ticketing"
import type TicketingModuleService from "../../../src/modules/ticketing/service"
import { seedDemo } from "../../helpers/demo-federation"
import { adminHeaders } from "../../helpers/admin"
import { readyForCheckout } from "../../helpers/checkout"
import { settle } from "../../helpers/http"

type Line = { id: string; variant_id: string; quantity: number; unit_price: number; metadata?: Record<string, unknown> | null }
type Cart = { id: string; items: Line[]; metadata?: Record<string, unknown> | null }

// Tidewater's book ($32, 60 in stock) is what shoppers buy; its calendar ($18) and Harbor
// Thread's cap ($22) are what the bonus rules give away.
export default httpSuite(({ api, getContainer }) => {
  let demo: Awaited<ReturnType<typeof seedDemo>>
  let admin: Awaited<ReturnType<typeof adminHeaders>>
  let book: string
  let calendar: string
  let cap: string
  let tidewater: string

  beforeAll(async () => {
    demo = await seedDemo(getContainer())
    admin = await adminHeaders(getContainer())
    const { data } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({
        entity: "product_variant",
        fields: ["id", "sku"],
        filters: { sku: ["TW-TALES-HC", "TW-CAL-2027", "HT-CAP-NAVY"] },
      })
    const bySku = new Map(data.map((variant) => [variant.sku, variant.id]))
    ;[book, calendar, cap] = ["TW-TALES-HC", "TW-CAL-2027", "HT-CAP-NAVY"].map((sku) => bySku.get(sku)!)
    const stores = (await api.get("/admin/federated-stores?limit=50", admin)).data.federated_stores as {
      id: string
      handle: string
    }[]
    tidewater = stores.find((store) => store.handle === "tidewater-prints")!.id
  })

  // Rules are the federation's, not the cart's: each test starts with none active.
  afterEach(async () => {
    const bonus: BonusModuleService = getContainer().resolve(BONUS_MODULE)
    const rules = await bonus.listBonusRules({ active: true })
    await bonus.updateBonusRules(rules.map((rule) => ({ id: rule.id, active: false })))
  })

  const store = () => demo.storeHeaders
  const rule = async (body: Record<string, unknown>) =>
    (await api.post("/admin/bonus-rules", { currency_code: "usd", quantity: 1, ...body }, admin)).data.bonus_rule as {
      id: string
    }
  const newCart = async () => (await api.post("/store/carts", { region_id: demo.region_id }, store())).data.cart.id as string
  const addBook = async (cartId: string, quantity = 1) =>
    (await api.post(`/store/carts/${cartId}/line-items`, { variant_id: book, quantity }, store())).data.cart as Cart
  const setQuantity = (cartId: string, lineId: string, quantity: number) =>
    settle(api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity }, store()))
  const cart = async (cartId: string) => (await api.get(`/store/carts/${cartId}`, store())).data.cart as Cart
  const bonusLines = (c: Cart) => c.items.filter((item) => item.metadata?.bonus_rule_id)
  const bookLine = (c: Cart) => c.items.find((item) => item.variant_id === book && !item.metadata?.bonus_rule_id)!
  const charge = (cartId: string, amount: number) =>
    api.post(`/admin/federated-carts/${cartId}/charges`, { federated_store_id: tidewater, title: "Handling", amount }, admin)
  const credit = (cartId: string, amount: number) =>
    api.post(`/admin/federated-carts/${cartId}/credits`, { federated_store_id: tidewater, title: "Store credit", amount }, admin)
  const ticketsOf = async (lineId: string) =>
    (getContainer().resolve(TICKETING_MODULE) as TicketingModuleService).listTickets({ line_item_id: lineId })

  it("adds the bonus exactly at the threshold, not a cent below, at $0 and marked with its rule", async () => {
    const bonus = await rule({ threshold_amount: 33, variant_id: calendar })
    const cartId = await newCart()
    await addBook(cartId)
    expect(bonusLines(await cart(cartId))).toEqual([])

    // $32 + $0.99 handling: one cent short.
    await charge(cartId, 0.99)
    expect(bonusLines(await cart(cartId))).toEqual([])

    await charge(cartId, 0.01)
    const [line] = bonusLines(await cart(cartId))
    expect(line).toEqual(expect.objectContaining({ variant_id: calendar, quantity: 1, unit_price: 0 }))
    expect(line.metadata).toEqual(expect.objectContaining({ bonus_rule_id: bonus.id }))
    expect((await cart(cartId)) as unknown as { total: number }).toEqual(expect.objectContaining({ total: 33 }))
  })

  it("removes the bonus when a line change, a promotion or a store credit drops the net total below", async () => {
    await rule({ threshold_amount: 64, variant_id: calendar })
    await getContainer()
      .resolve(Modules.PROMOTION)
      .createPromotions([
        {
          code: "BONUS10",
          type: "standard",
          status: "active",
          application_method: { type: "percentage", target_type: "items", allocation: "across", value: 10 },
        },
      ])
    const cartId = await newCart()
    const added = await addBook(cartId, 2)
    expect(bonusLines(added)).toHaveLength(1)

    // A line change: 1 book is $32.
    expect((await setQuantity(cartId, bookLine(added).id, 1)).status).toBe(200)
    expect(bonusLines(await cart(cartId))).toEqual([])
    expect(bonusLines((await setQuantity(cartId, bookLine(added).id, 2)).data.cart)).toHaveLength(1)

    // A promotion: 10% off $64 is $57.60; taking the code off earns the bonus again.
    const promoted = await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["BONUS10"] }, store())
    expect(bonusLines(promoted.data.cart)).toEqual([])
    const unpromoted = await api.delete(`/store/carts/${cartId}/promotions`, { ...store(), data: { promo_codes: ["BONUS10"] } })
    expect(bonusLines(unpromoted.data.cart)).toHaveLength(1)

    // A store credit of $1 leaves $63; removing it gives the bonus back.
    const credited = await credit(cartId, 1)
    expect(bonusLines(await cart(cartId))).toEqual([])
    const creditId = credited.data.federated_cart.credits[0].id
    await api.delete(`/admin/federated-carts/${cartId}/credits/${creditId}`, admin)
    expect(bonusLines(await cart(cartId))).toHaveLength(1)

    // Removing the line that earned it takes the bonus with it.
    const removed = await api.delete(`/store/carts/${cartId}/line-items/${bookLine(added).id}`, store())
    expect(removed.data.parent.items).toEqual([])
  })

  it("gives only the highest tier reached, swapping gifts as the total climbs and falls", async () => {
    const low = await rule({ threshold_amount: 30, variant_id: cap, title: "Crew cap" })
    const high = await rule({ threshold_amount: 60, variant_id: calendar, quantity: 2 })
    const cartId = await newCart()
    const one = await addBook(cartId)
    expect(bonusLines(one).map((line) => [line.metadata?.bonus_rule_id, line.variant_id, line.quantity])).toEqual([
      [low.id, cap, 1],
    ])

    const two = (await setQuantity(cartId, bookLine(one).id, 2)).data.cart as Cart
    expect(bonusLines(two).map((line) => [line.metadata?.bonus_rule_id, line.variant_id, line.quantity])).toEqual([
      [high.id, calendar, 2],
    ])

    // An admin deactivating the top tier: the next change falls back to the lower one.
    await api.post(`/admin/bonus-rules/${high.id}`, { active: false }, admin)
    const listed = (await api.get("/admin/bonus-rules", admin)).data.bonus_rules as { id: string; active: boolean }[]
    expect(listed.find((r) => r.id === high.id)?.active).toBe(false)
    const three = (await setQuantity(cartId, bookLine(one).id, 3)).data.cart as Cart
    expect(bonusLines(three).map((line) => line.metadata?.bonus_rule_id)).toEqual([low.id])
  })

  it("refuses the shopper any change to a bonus line's quantity, or a line passed off as a bonus", async () => {
    await rule({ threshold_amount: 30, variant_id: calendar })
    const cartId = await newCart()
    const [bonus] = bonusLines(await addBook(cartId))

    const grown = await setQuantity(cartId, bonus.id, 3)
    expect(grown.status).toBe(400)
    expect(grown.data.message).toMatch(/is a free bonus: its quantity cannot be changed/)
    const removed = await settle(api.delete(`/store/carts/${cartId}/line-items/${bonus.id}`, store()))
    expect(removed.status).toBe(400)
    const forged = await settle(
      api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: calendar, quantity: 1, metadata: { bonus_rule_id: "x" } },
        store()
      )
    )
    expect(forged.status).toBe(400)
    expect(bonusLines(await cart(cartId))).toEqual([expect.objectContaining({ id: bonus.id, quantity: 1 })])

    // The shopper may still buy the same variant: a separate, paid line.
    const bought = (await api.post(`/store/carts/${cartId}/line-items`, { variant_id: calendar, quantity: 1 }, store())).data
      .cart as Cart
    const calendars = bought.items.filter((item) => item.variant_id === calendar)
    expect(calendars.map((item) => item.unit_price).sort()).toEqual([0, 18])
  })

  it("says when the earned bonus is out of stock instead of failing the change, and adds it once restocked", async () => {
    const container = getContainer()
    await rule({ threshold_amount: 30, variant_id: calendar })
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: calendar } })
    const itemId = data[0].inventory_items![0]!.inventory_item_id
    const inventory = container.resolve(Modules.INVENTORY)
    const [level] = await inventory.listInventoryLevels({ inventory_item_id: itemId })
    await inventory.updateInventoryLevels([{ inventory_item_id: itemId, location_id: level.location_id, stocked_quantity: 0 }])

    const cartId = await newCart()
    const added = await settle(api.post(`/store/carts/${cartId}/line-items`, { variant_id: book, quantity: 1 }, store()))
    expect(added.status).toBe(200)
    expect(bonusLines(added.data.cart)).toEqual([])
    expect(added.data.cart.items).toHaveLength(1)
    expect(added.data.cart.metadata.bonus_notices).toEqual([
      expect.objectContaining({
        variant_id: calendar,
        message: expect.stringMatching(/^Your free .*Calendar.* is out of stock\.$/),
      }),
    ])

    await inventory.updateInventoryLevels([{ inventory_item_id: itemId, location_id: level.location_id, stocked_quantity: 50 }])
    const again = (await setQuantity(cartId, bookLine(added.data.cart).id, 2)).data.cart as Cart
    expect(bonusLines(again)).toHaveLength(1)
    expect(again.metadata?.bonus_notices ?? null).toBeNull()
  })

  it("holds a ticket for the bonus units and releases it when the bonus leaves", async () => {
    await rule({ threshold_amount: 60, variant_id: calendar, quantity: 2 })
    const cartId = await newCart()
    const added = await addBook(cartId, 2)
    const [bonus] = bonusLines(added)
    const held = await ticketsOf(bonus.id)
    expect(held.map((ticket) => [ticket.status, ticket.quantity])).toEqual([["held", 2]])

    await setQuantity(cartId, bookLine(added).id, 1)
    const after = await ticketsOf(bonus.id)
    expect(after.map((ticket) => ticket.status)).toEqual(["released"])
  })

  it("leaves exactly the right bonus lines after many concurrent changes to one cart", async () => {
    const container = getContainer()
    await rule({ threshold_amount: 64, variant_id: calendar })
    const cartId = await newCart()
    const lineId = bookLine(await addBook(cartId)).id
    const changes = Array.from({ length: 16 }, (_, i) => setQuantity(cartId, lineId, (i % 3) + 1))
    const answers = await Promise.all(changes)
    expect(answers.every((answer) => [200, 409].includes(answer.status))).toBe(true)

    const final = await cart(cartId)
    const books = bookLine(final).quantity
    expect(bonusLines(final)).toHaveLength(books >= 2 ? 1 : 0)
    // Tickets follow the lines: the calendar's held units are exactly the bonus's.
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const calendarTickets = await ticketing.listTickets({ cart_id: cartId, variant_id: calendar, status: "held" })
    expect(calendarTickets.reduce((sum, ticket) => sum + ticket.quantity, 0)).toBe(books >= 2 ? 1 : 0)

    // And once more, with a burst of adds and removes of whole lines.
    const burst = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        i % 2
          ? settle(api.post(`/store/carts/${cartId}/line-items`, { variant_id: book, quantity: 1 }, store()))
          : setQuantity(cartId, lineId, 1)
      )
    )
    expect(burst.every((answer) => [200, 409].includes(answer.status))).toBe(true)
    const settled = await cart(cartId)
    expect(bonusLines(settled)).toHaveLength(bookLine(settled).quantity >= 2 ? 1 : 0)
  })

  it("takes the bonus through checkout at $0", async () => {
    await rule({ threshold_amount: 60, variant_id: calendar })
    const cartId = await newCart()
    await addBook(cartId, 2)
    await readyForCheckout(api, store(), cartId)
    const checkout = await settle(api.post(`/store/carts/${cartId}/complete`, {}, store()))
    expect(checkout.status).toBe(200)
    expect(checkout.data.type).toBe("order")
    const { data } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({
        entity: "order",
        fields: ["id", "total", "items.variant_id", "items.unit_price", "items.metadata"],
        filters: { id: checkout.data.order.id },
      })
    const bonus = data[0].items!.find((item) => item!.variant_id === calendar)!
    expect(Number(bonus.unit_price)).toBe(0)
    expect(bonus.metadata).toEqual(expect.objectContaining({ bonus_rule_id: expect.any(String) }))
  })

  it("validates bonus rules: a real variant, a positive threshold, a known shape", async () => {
    const bad = await settle(
      api.post("/admin/bonus-rules", { threshold_amount: 0, currency_code: "usd", variant_id: calendar }, admin)
    )
    expect(bad.status).toBe(400)
    const missing = await settle(
      api.post("/admin/bonus-rules", { threshold_amount: 10, currency_code: "usd", variant_id: "variant_nope" }, admin)
    )
    expect(missing.status).toBe(404)
    const created = await rule({ threshold_amount: 10, variant_id: calendar, title: "Calendar for orders over $10" })
    const edited = await api.post(`/admin/bonus-rules/${created.id}`, { threshold_amount: 12.5, quantity: 2 }, admin)
    expect(edited.data.bonus_rule).toEqual(expect.objectContaining({ threshold_amount: 12.5, quantity: 2, active: true }))
    expect(edited.data.bonus_rule.product_variant.product.title).toMatch(/Calendar/)
  })
})
