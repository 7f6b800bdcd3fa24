import { httpSuite } from "../../helpers/http-suite"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedDemo } from "../../helpers/demo-federation"
import { adminHeaders } from "../../helpers/admin"
import { readyForCheckout, shopperCarts } from "../../helpers/checkout"
import { openEventStream } from "../../helpers/event-stream"
import { eventually, storeAdmin } from "../../helpers/fulfillment"
import { settle } from "../../helpers/http"
import { placeOrderGroup } from "../../helpers/order-group"

export default httpSuite(({ api, getContainer }) => {
  let demo: Awaited<ReturnType<typeof seedDemo>>

  beforeAll(async () => {
    demo = await seedDemo(getContainer())
  })

  /** A checked-out cart: Tidewater's hardcover and Harbor Thread's cap, one order each. */
  async function checkedOutCart() {
    const container = getContainer()
    const [cart] = await shopperCarts(container, demo, 1)
    const placed = await placeOrderGroup(container, demo, {
      cartId: cart.id,
      lines: [
        { sku: "TW-TALES-HC", quantity: 2 },
        { sku: "HT-CAP-SAND", quantity: 1 },
      ],
    })
    const [books, caps] = placed.orders
    return {
      cartId: cart.id,
      groupId: placed.group_id,
      books,
      caps,
      admin: storeAdmin(api, await adminHeaders(container), container),
    }
  }

  const feed = async (cartId: string, query = "") =>
    (await api.get(`/store/federated-carts/${cartId}/deliveries${query}`, demo.storeHeaders)).data
  const expected = async (cartId: string) =>
    (await api.get(`/store/federated-carts/${cartId}/expected-deliveries`, demo.storeHeaders)).data.expected_deliveries
  const feedOf = (cartId: string, count: number) =>
    eventually(
      () => feed(cartId),
      (page) => page.deliveries.length >= count
    )

  it("relays created, shipped and delivered for two store orders in the order they happened, each once", async () => {
    const { cartId, groupId, books, caps, admin } = await checkedOutCart()

    const booksParcel = await admin.fulfil(books)
    const capsParcel = await admin.fulfil(caps)
    await admin.ship(caps, capsParcel)
    await admin.ship(books, booksParcel)
    await admin.deliver(books, booksParcel)
    await admin.deliver(caps, capsParcel)

    const { deliveries } = await feedOf(cartId, 6)
    expect(deliveries.map((d: any) => [d.order_id, d.kind])).toEqual([
      [books.order_id, "created"],
      [caps.order_id, "created"],
      [caps.order_id, "shipped"],
      [books.order_id, "shipped"],
      [books.order_id, "delivered"],
      [caps.order_id, "delivered"],
    ])
    const cursors = deliveries.map((d: any) => d.cursor)
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b))
    expect(new Set(cursors).size).toBe(6)
    expect(deliveries[0]).toMatchObject({
      order_group_id: groupId,
      federated_store_id: books.store_id,
      fulfillment_id: booksParcel,
    })

    // Medusa's event bus may hand an event over again: the relay records nothing new.
    const eventBus = getContainer().resolve(Modules.EVENT_BUS)
    await eventBus.emit([
      { name: "shipment.created", data: { id: booksParcel } },
      { name: "order.fulfillment_created", data: { order_id: caps.order_id, fulfillment_id: capsParcel } },
      { name: "delivery.created", data: { id: capsParcel } },
    ])
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect((await feed(cartId)).deliveries).toEqual(deliveries)
  })

  it("pages the feed by cursor: each page follows the last, and the last cursor asks for nothing new", async () => {
    const { cartId, books, caps, admin } = await checkedOutCart()
    const parcel = await admin.fulfil(books)
    await admin.fulfil(caps)
    await admin.ship(books, parcel)
    await feedOf(cartId, 3)

    const first = await feed(cartId, "?limit=2")
    expect(first.deliveries.map((d: any) => d.kind)).toEqual(["created", "created"])
    expect(first).toMatchObject({ has_more: true, next_cursor: first.deliveries[1].cursor })
    const second = await feed(cartId, `?limit=2&after=${first.next_cursor}`)
    expect(second.deliveries.map((d: any) => [d.order_id, d.kind])).toEqual([[books.order_id, "shipped"]])
    expect(second).toMatchObject({ has_more: false, next_cursor: second.deliveries[0].cursor })
    expect(await feed(cartId, `?after=${second.next_cursor}`)).toEqual({
      deliveries: [],
      next_cursor: second.next_cursor,
      has_more: false,
    })

    // Another cart's updates are not in this cart's feed.
    const [otherCart] = await shopperCarts(getContainer(), demo, 1)
    expect(await feed(otherCart.id)).toEqual({ deliveries: [], next_cursor: 0, has_more: false })

    const refused = await settle(api.get(`/store/federated-carts/${cartId}/deliveries?after=-1`, demo.storeHeaders))
    expect(refused.status).toBe(400)
    expect(refused.data.message).toMatch(/'after'/)
    const unknown = await settle(api.get(`/store/federated-carts/cart_missing/deliveries`, demo.storeHeaders))
    expect(unknown.status).toBe(404)
    expect(unknown.data.message).toBe("No cart with id cart_missing.")
  })

  it("pushes an update to the open stream within a second, and a reconnecting stream resumes after its Last-Event-ID", async () => {
    const { cartId, books, caps, admin } = await checkedOutCart()
    const url = `${api.defaults.baseURL}/store/federated-carts/${cartId}/deliveries/stream`
    const stream = await openEventStream(url, demo.storeHeaders.headers)
    let resumed: Awaited<ReturnType<typeof openEventStream>> | undefined
    try {
      expect(stream.response.headers.get("content-type")).toMatch(/^text\/event-stream/)
      expect(await stream.next()).toMatchObject({ event: "caught_up", data: { cursor: 0 } })

      const parcel = await admin.fulfil(books)
      // Within a second of the admin's fulfillment being done (in practice before its answer).
      const created = await stream.next(1_000)
      expect(created).toMatchObject({ event: "delivery", data: { order_id: books.order_id, kind: "created" } })
      // Logged: from the fulfillment's row (early in Medusa's workflow; this machine's clock) to the shopper.
      console.log(
        `delivery relay: fulfillment row → stream event in ${created.received_at - Date.parse(created.data.happened_at)} ms`
      )
      await stream.close()

      // Updates made while nobody listens are replayed, in order, after the last one seen.
      await admin.ship(books, parcel)
      await admin.fulfil(caps)
      await feedOf(cartId, 3)
      resumed = await openEventStream(url, { ...demo.storeHeaders.headers, "last-event-id": String(created.data.cursor) })
      const replayed = [await resumed.next(), await resumed.next(), await resumed.next()]
      expect(replayed.map((event) => [event.event, event.data.order_id, event.data.kind])).toEqual([
        ["delivery", books.order_id, "shipped"],
        ["delivery", caps.order_id, "created"],
        ["caught_up", undefined, undefined],
      ])
      expect(replayed[1].data.cursor).toBeGreaterThan(replayed[0].data.cursor)

      await admin.deliver(books, parcel)
      expect(await resumed.next(1_000)).toMatchObject({
        event: "delivery",
        data: { order_id: books.order_id, kind: "delivered" },
      })
    } finally {
      await stream.close()
      await resumed?.close()
    }
  })

  it("lists the purchased lines per store with their status as the store fulfils, ships and delivers", async () => {
    const { cartId, groupId, books, caps, admin } = await checkedOutCart()
    const statuses = async () =>
      Object.fromEntries(
        (await expected(cartId)).stores.map((store: any) => [
          store.federated_store.name,
          [store.status, ...store.items.map((item: any) => item.status)],
        ])
      )

    const before = await expected(cartId)
    expect(before.order_group).toMatchObject({ id: groupId, currency_code: "usd" })
    expect(before.stores.map((store: any) => [store.federated_store.name, store.order_id])).toEqual([
      [caps.store_name, caps.order_id],
      [books.store_name, books.order_id],
    ])
    expect(before.stores[1].items[0]).toMatchObject({ quantity: 2, fulfilled_quantity: 0, status: "awaiting_fulfillment" })
    expect(await statuses()).toEqual({
      [books.store_name]: ["awaiting_fulfillment", "awaiting_fulfillment"],
      [caps.store_name]: ["awaiting_fulfillment", "awaiting_fulfillment"],
    })

    const parcel = await admin.fulfil(books)
    expect((await statuses())[books.store_name]).toEqual(["fulfilled", "fulfilled"])
    await admin.ship(books, parcel)
    expect((await statuses())[books.store_name]).toEqual(["shipped", "shipped"])
    await admin.deliver(books, parcel)
    expect(await statuses()).toEqual({
      [books.store_name]: ["delivered", "delivered"],
      [caps.store_name]: ["awaiting_fulfillment", "awaiting_fulfillment"],
    })
    const relayed = await feedOf(cartId, 3)
    expect((await expected(cartId)).cursor).toBe(relayed.next_cursor)

    // A cart that was never checked out expects nothing; an unknown one is not found.
    const [openCart] = await shopperCarts(getContainer(), demo, 1)
    expect(await expected(openCart.id)).toEqual({ order_group: null, stores: [], cursor: 0 })
    const unknown = await settle(api.get(`/store/federated-carts/cart_missing/expected-deliveries`, demo.storeHeaders))
    expect(unknown.status).toBe(404)
  })

  it("relays a store's shipment of an order placed through the federated checkout", async () => {
    const container = getContainer()
    const { data: variants } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "product_variant", fields: ["id"], filters: { sku: ["TW-TALES-HC", "HT-CAP-NAVY"] } })
    const [cart] = await shopperCarts(container, demo, 1)
    for (const variant of variants) {
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variant.id, quantity: 1 }, demo.storeHeaders)
    }
    await readyForCheckout(api, demo.storeHeaders, cart.id)
    expect((await settle(api.post(`/store/carts/${cart.id}/complete`, {}, demo.storeHeaders))).status).toBe(200)

    const placed = await expected(cart.id)
    expect(placed.stores).toHaveLength(2)
    expect(placed.stores.map((store: any) => store.status)).toEqual(["awaiting_fulfillment", "awaiting_fulfillment"])
    const [first] = placed.stores
    const admin = storeAdmin(api, await adminHeaders(container), container)
    const order = { order_id: first.order_id, items: first.items.map(({ id, quantity }: any) => ({ id, quantity })) }
    const parcel = await admin.fulfil(order)
    await admin.ship(order, parcel)

    const { deliveries } = await feedOf(cart.id, 2)
    expect(deliveries.map((d: any) => [d.order_id, d.federated_store_id, d.kind])).toEqual([
      [first.order_id, first.federated_store.id, "created"],
      [first.order_id, first.federated_store.id, "shipped"],
    ])
    expect((await expected(cart.id)).stores.map((store: any) => store.status)).toEqual(["shipped", "awaiting_fulfillment"])
  })
})
