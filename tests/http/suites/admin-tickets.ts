import { httpSuite } from "../../helpers/http-suite"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { holdTicketWorkflow } from "../../../src/workflows"
import { adminHeaders } from "../../helpers/admin"
import { seedDemo } from "../../helpers/demo-federation"
import { settle } from "../../helpers/http"

const MINUTE = 60_000

/** The demo's variants by SKU, with their product, store and first inventory item. */
async function demoVariants(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "product.id", "product.federated_store.id", "inventory_items.inventory_item_id"],
    filters: { sku: ["TW-LIGHTHOUSE-A3", "LF-COVER-PRINT", "HT-LF-TEE-M"] },
  })
  const bySku = (sku: string) => {
    const variant = data.find((v) => v.sku === sku)!
    return {
      id: variant.id,
      product_id: variant.product!.id,
      federated_store_id: variant.product!.federated_store!.id,
      inventory_item_id: variant.inventory_items![0]!.inventory_item_id,
    }
  }
  return { tidewaterPrint: bySku("TW-LIGHTHOUSE-A3"), lanternPrint: bySku("LF-COVER-PRINT"), tee: bySku("HT-LF-TEE-M") }
}

async function reservedUnits(container: MedusaContainer, inventoryItemId: string) {
  const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItemId })
  return levels.reduce((sum, level) => sum + Number(level.reserved_quantity), 0)
}

export default httpSuite(({ api, getContainer }) => {
  let demo: Awaited<ReturnType<typeof seedDemo>>
  let admin: Awaited<ReturnType<typeof adminHeaders>>
  let variants: Awaited<ReturnType<typeof demoVariants>>

  beforeAll(async () => {
    demo = await seedDemo(getContainer())
  })

  beforeEach(async () => {
    admin = await adminHeaders(getContainer())
    variants = await demoVariants(getContainer())
  })

  const newCart = async () => {
    const { data } = await api.post("/store/carts", { region_id: demo.region_id }, demo.storeHeaders)
    return data.cart.id as string
  }
  /** Holds `quantity` of a variant for a new line of `cart_id`, taken at `now`; the ticket. */
  const hold = async (cart_id: string, variant_id: string, quantity: number, now = new Date()) => {
    const line_item_id = `line_${Math.random().toString(36).slice(2)}`
    await holdTicketWorkflow(getContainer()).run({ input: { cart_id, line_item_id, variant_id, quantity, now } })
    const { data } = await api.get(`/admin/tickets?status=held&cart_id=${cart_id}&limit=200`, admin)
    return data.tickets.find((ticket: { line_item_id: string }) => ticket.line_item_id === line_item_id)
  }
  const list = (params = "") => api.get(`/admin/tickets${params}`, admin).then(({ data }) => data)
  const ids = (tickets: { id: string }[]) => tickets.map((ticket) => ticket.id)
  const release = (id: string, body: unknown) => settle(api.post(`/admin/tickets/${id}/release`, body, admin))

  it("refuses every ticket route without an admin session", async () => {
    const answers = await Promise.all(
      [
        api.get("/admin/tickets"),
        api.get("/admin/tickets/summary"),
        api.post("/admin/tickets/tkt_any/release", { reason: "cleaning up" }),
        api.get(`/admin/products/${variants.tee.product_id}/ticket-stock`),
      ].map(settle)
    )
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401, 401])
  })

  it("lists live holds, next to run out first, with their product, variant, store and location", async () => {
    const [first, second] = [await newCart(), await newCart()]
    const soon = await hold(first, variants.lanternPrint.id, 3, new Date(Date.now() - 5 * MINUTE))
    const later = await hold(first, variants.tee.id, 1)
    const latest = await hold(second, variants.tidewaterPrint.id, 2, new Date(Date.now() + 1000))
    // Ran out before this list, never swept: it holds nothing any more.
    const runOut = await hold(second, variants.tidewaterPrint.id, 4, new Date(Date.now() - 20 * MINUTE))

    const live = await list()
    expect(ids(live.tickets)).toEqual([soon.id, later.id, latest.id])
    expect(live.count).toBe(3)
    expect(live.tickets[0]).toMatchObject({
      status: "held",
      is_live: true,
      quantity: 3,
      cart_id: first,
      product: { id: variants.lanternPrint.product_id, title: "Salt Coast Cover Art Print" },
      variant: { id: variants.lanternPrint.id, sku: "LF-COVER-PRINT" },
      federated_store: { id: variants.lanternPrint.federated_store_id, name: "Lantern Forge Games", handle: "lantern-forge" },
      location: { name: "Tidewater warehouse, Astoria" },
    })

    const expired = await list("?status=expired")
    expect(ids(expired.tickets)).toEqual([runOut.id])
    expect(expired.tickets[0].is_live).toBe(false)
    expect(ids((await list("?status=held")).tickets).sort()).toEqual(ids([soon, later, latest, runOut]).sort())

    const page = await list("?limit=1&offset=1")
    expect({ ids: ids(page.tickets), count: page.count, limit: page.limit, offset: page.offset }).toEqual({
      ids: [later.id],
      count: 3,
      limit: 1,
      offset: 1,
    })
  })

  it("filters live holds by store, product, product title and cart", async () => {
    const [first, second] = [await newCart(), await newCart()]
    const lantern = await hold(first, variants.lanternPrint.id, 1)
    const tee = await hold(first, variants.tee.id, 1)
    const tidewater = await hold(second, variants.tidewaterPrint.id, 1)

    expect(ids((await list(`?federated_store_id=${variants.tee.federated_store_id}`)).tickets)).toEqual([tee.id])
    expect(ids((await list(`?product_id=${variants.tidewaterPrint.product_id}`)).tickets)).toEqual([tidewater.id])
    expect(ids((await list("?q=cover%20art")).tickets)).toEqual([lantern.id])
    expect(ids((await list(`?cart_id=${first}`)).tickets).sort()).toEqual(ids([lantern, tee]).sort())
    // Both filters must match: the tee is not sold by Lantern Forge.
    const none = await list(
      `?federated_store_id=${variants.lanternPrint.federated_store_id}&product_id=${variants.tee.product_id}`
    )
    expect(none).toMatchObject({ tickets: [], count: 0 })
    expect((await list("?q=no%20such%20product")).count).toBe(0)

    const bad = await settle(api.get("/admin/tickets?status=gone", admin))
    expect(bad.status).toBe(400)
    expect(bad.data.message).toMatch(/status/)
  })

  it("sums live holds by store and product, busiest first", async () => {
    const [first, second] = [await newCart(), await newCart()]
    await hold(first, variants.lanternPrint.id, 2)
    await hold(second, variants.lanternPrint.id, 3)
    await hold(first, variants.tee.id, 1)
    await hold(second, variants.tidewaterPrint.id, 4, new Date(Date.now() - 20 * MINUTE))

    const { data } = await api.get("/admin/tickets/summary", admin)
    expect(data).toMatchObject({ ticket_count: 3, held_quantity: 6 })
    expect(
      data.stores.map((store: any) => [
        store.federated_store.handle,
        store.held_quantity,
        store.products.map((p: any) => [p.product.id, p.ticket_count, p.held_quantity]),
      ])
    ).toEqual([
      ["lantern-forge", 5, [[variants.lanternPrint.product_id, 2, 5]]],
      ["harbor-thread", 1, [[variants.tee.product_id, 1, 1]]],
    ])
    const forStore = await api.get(`/admin/tickets/summary?federated_store_id=${variants.tee.federated_store_id}`, admin)
    expect(forStore.data).toMatchObject({ ticket_count: 1, held_quantity: 1 })
  })

  it("releases a live hold by hand, keeping who released it and why, and gives its units back", async () => {
    const me = (await api.get("/admin/users/me", admin)).data.user
    const cart = await newCart()
    const ticket = await hold(cart, variants.tidewaterPrint.id, 4)
    expect(await reservedUnits(getContainer(), variants.tidewaterPrint.inventory_item_id)).toBe(4)

    const { status, data } = await release(ticket.id, { reason: "  shopper called: wrong size  " })
    expect(status).toBe(200)
    expect(data.ticket).toMatchObject({
      id: ticket.id,
      status: "released",
      is_live: false,
      reservation_id: null,
      end_reason: `admin ${me.email}: shopper called: wrong size`,
      product: { id: variants.tidewaterPrint.product_id },
    })
    expect(await reservedUnits(getContainer(), variants.tidewaterPrint.inventory_item_id)).toBe(0)
    expect((await list()).count).toBe(0)
    expect(ids((await list("?status=released")).tickets)).toEqual([ticket.id])
  })

  it("releases a ticket once however many admins race for it: one 200, every other 409", async () => {
    const cart = await newCart()
    const ticket = await hold(cart, variants.tidewaterPrint.id, 5)
    await hold(cart, variants.lanternPrint.id, 2)

    const answers = await Promise.all(Array.from({ length: 10 }, () => release(ticket.id, { reason: "drop reset" })))
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(9)
    for (const answer of answers.filter((a) => a.status === 409)) {
      expect(answer.data.message).toMatch(new RegExp(`Ticket ${ticket.id} is no longer held: it was released`))
    }
    // The other hold on the shared item is untouched.
    expect(await reservedUnits(getContainer(), variants.tidewaterPrint.inventory_item_id)).toBe(2)
  })

  it("refuses a release without a reason, of an unknown ticket, or of a hold that already ran out", async () => {
    const cart = await newCart()
    const ticket = await hold(cart, variants.tee.id, 1)
    const runOut = await hold(cart, variants.tidewaterPrint.id, 1, new Date(Date.now() - 20 * MINUTE))

    const missing = await release(ticket.id, {})
    expect(missing.status).toBe(400)
    expect(missing.data.message).toMatch(/reason.*required/)
    const short = await release(ticket.id, { reason: " x " })
    expect(short.status).toBe(400)
    expect(short.data.message).toMatch(/reason/)
    const extra = await release(ticket.id, { reason: "fine reason", force: true })
    expect(extra.status).toBe(400)

    const unknown = await release("tkt_missing", { reason: "cleaning up" })
    expect(unknown.status).toBe(404)
    expect(unknown.data.message).toMatch(/tkt_missing/)

    const late = await release(runOut.id, { reason: "cleaning up" })
    expect(late.status).toBe(409)
    expect(late.data.message).toMatch(/hold ran out/)

    expect((await list(`?cart_id=${cart}`)).tickets[0]).toMatchObject({ id: ticket.id, status: "held" })
    expect(await reservedUnits(getContainer(), variants.tee.inventory_item_id)).toBe(1)
  })

  it("shows per variant what is stocked, held by tickets, reserved otherwise, and available", async () => {
    const container = getContainer()
    const print = variants.tidewaterPrint
    const [first, second] = [await newCart(), await newCart()]
    await hold(first, print.id, 2)
    await hold(second, variants.lanternPrint.id, 3)
    await hold(second, print.id, 4, new Date(Date.now() - 20 * MINUTE))
    // An order's reservation: reserved, but no ticket's.
    const [location] = await container
      .resolve(Modules.STOCK_LOCATION)
      .listStockLocations({ name: "Tidewater warehouse, Astoria" })
    await container
      .resolve(Modules.INVENTORY)
      .createReservationItems([{ inventory_item_id: print.inventory_item_id, location_id: location.id, quantity: 5 }])

    const { data } = await api.get(`/admin/products/${print.product_id}/ticket-stock`, admin)
    expect(data.product.id).toBe(print.product_id)
    const [variant] = data.variants
    const counts = {
      stocked_quantity: 50,
      reserved_quantity: 14,
      held_quantity: 5,
      expired_quantity: 4,
      other_reserved_quantity: 5,
      available_quantity: 40,
    }
    expect(variant).toMatchObject({ id: print.id, sku: "TW-LIGHTHOUSE-A3", available_quantity: 40 })
    expect(variant.inventory_items).toEqual([
      expect.objectContaining({
        inventory_item_id: print.inventory_item_id,
        required_quantity: 1,
        ...counts,
        held_by_variant_quantity: 2,
        locations: [{ location: { id: location.id, name: "Tidewater warehouse, Astoria" }, ...counts }],
      }),
    ])

    const tee = await api.get(`/admin/products/${variants.tee.product_id}/ticket-stock`, admin)
    expect(tee.data.variants).toHaveLength(4)
    const medium = tee.data.variants.find((v: { id: string }) => v.id === variants.tee.id)
    expect(medium).toMatchObject({ available_quantity: 40, inventory_items: [{ stocked_quantity: 40, held_quantity: 0 }] })

    const unknown = await settle(api.get("/admin/products/prod_missing/ticket-stock", admin))
    expect(unknown.status).toBe(404)
  })
})
