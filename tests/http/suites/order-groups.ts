import { httpSuite } from "../../helpers/http-suite"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { TICKETING_MODULE } from "../../../src/modules/ticketing"
import type TicketingModuleService from "../../../src/modules/ticketing/service"
import { ORDER_GROUP_MODULE } from "../../../src/modules/order-group"
import type OrderGroupModuleService from "../../../src/modules/order-group/service"
import { CART_STATE_MODULE } from "../../../src/modules/cart-state"
import type CartStateModuleService from "../../../src/modules/cart-state/service"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { completeFederatedCheckoutWorkflow } from "../../../src/workflows"
import { adminHeaders } from "../../helpers/admin"
import { seedDemo } from "../../helpers/demo-federation"
import {
  chooseShipping,
  payWithSystemProvider,
  readiedCart,
  readyForCheckout,
  reservedUnits,
  shopperCarts,
} from "../../helpers/checkout"
import { settle } from "../../helpers/http"

const statuses = (responses: { status: number }[]) =>
  responses.reduce<Record<number, number>>((count, { status }) => ({ ...count, [status]: (count[status] ?? 0) + 1 }), {})

// One product of each demo store: a book, a cap, the game's cover print (the shared item).
const THREE_STORES = ["TW-TALES-HC", "HT-CAP-NAVY", "LF-COVER-PRINT"]

// Every step of the checkout after which a failure must leave nothing behind.
const STEPS_TO_BREAK = [
  "read-checkout",
  "open-checkout",
  "hold-cart-lines",
  "create-orders",
  "reserve-order-units",
  "create-order-group",
  "create-remote-links",
  "update-carts",
  "register-promotion-usage",
  "authorize-payment-session-step",
  "capture-group-payment",
  "add-order-transaction",
  "close-checkout",
]

export default httpSuite(({ api, getContainer }) => {
  let demo: Awaited<ReturnType<typeof seedDemo>>

  beforeAll(async () => {
    demo = await seedDemo(getContainer())
  })

  async function variantsBySku(container: MedusaContainer) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_variant",
      fields: ["id", "sku", "inventory_items.inventory_item_id"],
      filters: { sku: THREE_STORES },
    })
    return new Map(data.map((variant) => [variant.sku as string, variant]))
  }

  /** A cart with a line from each of the three stores, ready to pay. */
  async function threeStoreCart(container: MedusaContainer, quantity = 1) {
    const variants = await variantsBySku(container)
    const [cart] = await shopperCarts(container, demo, 1)
    for (const sku of THREE_STORES) {
      const added = await settle(
        api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variants.get(sku)!.id, quantity }, demo.storeHeaders)
      )
      expect(added.status).toBe(200)
    }
    await readyForCheckout(api, demo.storeHeaders, cart.id)
    return { cart, variants }
  }

  const complete = (cartId: string) => settle(api.post(`/store/carts/${cartId}/complete`, {}, demo.storeHeaders))

  async function nothingPlaced(container: MedusaContainer, cartId: string) {
    const groups: OrderGroupModuleService = container.resolve(ORDER_GROUP_MODULE)
    expect(await groups.listOrderGroups({ cart_id: cartId })).toHaveLength(0)
    expect(await container.resolve(Modules.ORDER).listOrders({}, { select: ["id"] })).toHaveLength(0)
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: [
        "completed_at",
        "payment_collection.payments.amount",
        "payment_collection.payments.captured_at",
        "payment_collection.payments.refunds.amount",
      ],
      filters: { id: cartId },
    })
    expect(data[0].completed_at).toBeFalsy()
    // No money kept: never captured, or refunded in full when the failure came after the capture.
    for (const payment of data[0].payment_collection?.payments ?? []) {
      const refunded = (payment?.refunds ?? []).reduce((sum, refund) => sum + Number(refund?.amount), 0)
      expect(payment?.captured_at ? refunded : 0).toBeCloseTo(payment?.captured_at ? Number(payment.amount) : 0, 6)
    }
  }

  it("checks a cart of three stores out with one payment into an order group of three store orders", async () => {
    const container = getContainer()
    const { cart, variants } = await threeStoreCart(container, 2)
    const { data: before } = await api.get(`/store/carts/${cart.id}`, demo.storeHeaders)

    const done = await complete(cart.id)
    expect(done.status).toBe(200)
    expect(done.data.type).toBe("order")
    const group = done.data.order_group
    expect(group.orders).toHaveLength(3)
    expect(done.data.order.id).toBe(group.orders[0].id)
    expect(Number(group.total)).toBeCloseTo(Number(before.cart.total), 6)
    const orderTotals = group.orders.reduce((sum: number, order: { total: number }) => sum + Number(order.total), 0)
    expect(orderTotals).toBeCloseTo(Number(before.cart.total), 6)

    // Each store's order holds its own line and its own shipping method, in its own sales channel.
    const { data: stores } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "federated_store",
      fields: ["id", "name", "sales_channel.id"],
    })
    for (const order of group.orders) {
      expect(order.items).toHaveLength(1)
      expect(order.shipping_methods).toHaveLength(1)
      const store = stores.find((s) => s.id === order.federated_store.id)!
      expect(order.sales_channel_id).toBe(store.sales_channel!.id)
    }
    expect(group.orders.map((order: { items: { variant_sku: string }[] }) => order.items[0].variant_sku).sort()).toEqual(
      [...THREE_STORES].sort()
    )

    // One payment, captured once, for exactly the group's total.
    const { data: collections } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order_group",
      fields: ["payment_collection.payments.amount", "payment_collection.payments.captures.amount"],
      filters: { id: group.id },
    })
    const payments = collections[0].payment_collection!.payments!
    expect(payments).toHaveLength(1)
    expect(Number(payments[0]!.amount)).toBeCloseTo(Number(group.total), 6)
    expect(payments[0]!.captures).toHaveLength(1)
    // Each store order is paid exactly its share of that capture.
    const { data: paid } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "total", "transactions.amount", "transactions.reference"],
      filters: { id: group.orders.map((order: { id: string }) => order.id) },
    })
    for (const order of paid) {
      expect(order.transactions).toHaveLength(1)
      expect(order.transactions![0]!.reference).toBe("capture")
      expect(Number(order.transactions![0]!.amount)).toBeCloseTo(Number(order.total), 6)
    }

    // The admin's orders list shows every store's order.
    const admin = await adminHeaders(container)
    const { data: listed } = await api.get(`/admin/orders?fields=id,sales_channel_id`, admin)
    expect(listed.orders.map((o: { id: string }) => o.id).sort()).toEqual(group.orders.map((o: { id: string }) => o.id).sort())

    // The held units became the orders' reservations; the tickets are bought; the cart is done.
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const tickets = await ticketing.listTickets({ cart_id: cart.id })
    expect(tickets.map((t) => t.status)).toEqual(["purchased", "purchased", "purchased"])
    const printItem = variants.get("LF-COVER-PRINT")!.inventory_items![0]!.inventory_item_id
    expect(await reservedUnits(container, printItem)).toBe(2)
    const orderItemIds = group.orders.flatMap((order: { items: { id: string }[] }) => order.items.map((item) => item.id))
    const reservations = await container.resolve(Modules.INVENTORY).listReservationItems({ line_item_id: orderItemIds })
    expect(reservations).toHaveLength(3)
    const cartStates: CartStateModuleService = container.resolve(CART_STATE_MODULE)
    expect((await cartStates.cartStateOfCart(cart.id))!.state).toBe("done")

    // The shopper's confirmation reads the same group.
    const { data: confirmation } = await api.get(`/store/federated-carts/${cart.id}/order-group`, demo.storeHeaders)
    expect(confirmation.order_group.id).toBe(group.id)
  })

  it("makes one group and one payment of 20 concurrent completions; a retry answers with the same group", async () => {
    const container = getContainer()
    const { cart } = await threeStoreCart(container)

    const responses = await Promise.all(Array.from({ length: 20 }, () => complete(cart.id)))
    const codes = statuses(responses)
    expect(Object.keys(codes).every((code) => Number(code) < 500)).toBe(true)
    const ids = new Set(responses.filter((r) => r.status === 200).map((r) => r.data.order_group.id))
    expect(ids.size).toBe(1)
    const groups: OrderGroupModuleService = container.resolve(ORDER_GROUP_MODULE)
    expect(await groups.listOrderGroups({ cart_id: cart.id })).toHaveLength(1)
    expect(await container.resolve(Modules.ORDER).listOrders({}, { select: ["id"] })).toHaveLength(3)
    expect(await container.resolve(Modules.PAYMENT).listPayments({})).toHaveLength(1)

    const retried = await complete(cart.id)
    expect(retried.status).toBe(200)
    expect(retried.data.order_group.id).toBe([...ids][0])
  })

  it.each(STEPS_TO_BREAK)("leaves nothing behind when the checkout fails after %s", async (stepId) => {
    const container = getContainer()
    const { cart, variants } = await threeStoreCart(container)
    const printItem = variants.get("LF-COVER-PRINT")!.inventory_items![0]!.inventory_item_id
    const cartStates: CartStateModuleService = container.resolve(CART_STATE_MODULE)
    const stateBefore = (await cartStates.cartStateOfCart(cart.id))!.state

    const workflow = completeFederatedCheckoutWorkflow(container)
    // In line after the step: nothing after it runs, and everything before it is undone.
    workflow.insertActionAfter(stepId, "injected-failure", {
      invoke: async () => {
        throw new Error(`injected failure after ${stepId}`)
      },
    })
    const { errors } = await workflow.run({ input: { id: cart.id }, throwOnError: false })
    expect(errors[0]?.error?.message).toMatch(`injected failure after ${stepId}`)

    await nothingPlaced(container, cart.id)
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const tickets = await ticketing.listTickets({ cart_id: cart.id })
    expect(tickets.map((t) => t.status)).toEqual(["held", "held", "held"])
    expect(tickets.every((t) => t.reservation_id)).toBe(true)
    expect(await reservedUnits(container, printItem)).toBe(1)
    expect((await cartStates.cartStateOfCart(cart.id))!.state).toBe(stateBefore)

    // Nothing was half-done: the same cart checks out cleanly afterwards (with a new
    // payment session where the failed checkout had cancelled its authorization).
    await payWithSystemProvider(api, demo.storeHeaders, cart.id)
    const done = await complete(cart.id)
    expect(done.status).toBe(200)
    expect(done.data.order_group.orders).toHaveLength(3)
  })

  it("refuses core's own completion of a cart of several stores (the payment webhook's path), pointing to the route", async () => {
    const container = getContainer()
    const { cart } = await threeStoreCart(container)

    const { errors } = await completeCartWorkflow(container).run({ input: { id: cart.id }, throwOnError: false })
    expect(errors[0]?.error?.message).toMatch(/holds products of 3 stores.*POST \/store\/carts\/.*\/complete/)
    await nothingPlaced(container, cart.id)

    const done = await complete(cart.id)
    expect(done.status).toBe(200)
    expect(done.data.order_group.orders).toHaveLength(3)
  })

  it("refuses a cart missing a store's shipping method with a message naming the store; nothing changes", async () => {
    const container = getContainer()
    const variants = await variantsBySku(container)
    const [cart] = await shopperCarts(container, demo, 1)
    for (const sku of ["TW-TALES-HC", "HT-CAP-NAVY"]) {
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variants.get(sku)!.id, quantity: 1 }, demo.storeHeaders)
    }
    await api.post(`/store/carts/${cart.id}`, { email: "ada@example.com" }, demo.storeHeaders)
    // Only Tidewater's shipping is chosen.
    const { data } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, demo.storeHeaders)
    const tidewater = data.shipping_options.find((o: { name: string }) => o.name.startsWith("Tidewater"))
    await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: tidewater.id }, demo.storeHeaders)
    await payWithSystemProvider(api, demo.storeHeaders, cart.id)

    const refused = await complete(cart.id)
    expect(refused.status).toBe(400)
    expect(refused.data.message).toMatch(/Choose how Harbor Thread Co\. should ship your items/)
    await nothingPlaced(container, cart.id)

    await chooseShipping(api, demo.storeHeaders, cart.id)
    await payWithSystemProvider(api, demo.storeHeaders, cart.id)
    expect((await complete(cart.id)).status).toBe(200)
  })

  it("lists the cart's shipping options store by store, each with the store's current choice", async () => {
    const container = getContainer()
    const variants = await variantsBySku(container)
    const [cart] = await shopperCarts(container, demo, 1)
    for (const sku of THREE_STORES) {
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variants.get(sku)!.id, quantity: 1 }, demo.storeHeaders)
    }
    const read = async () =>
      (await api.get(`/store/federated-carts/${cart.id}/shipping-options`, demo.storeHeaders)).data.stores as {
        federated_store: { name: string; handle: string }
        selected_option_id: string | null
        shipping_options: { id: string; name: string; amount: number }[]
      }[]

    const stores = await read()
    expect(stores.map((store) => store.federated_store.handle).sort()).toEqual([
      "harbor-thread",
      "lantern-forge",
      "tidewater-prints",
    ])
    for (const store of stores) {
      // The demo names each option after its store: every option sits under its own store.
      expect(store.shipping_options.length).toBe(2)
      expect(store.shipping_options.every((option) => option.name.startsWith(`${store.federated_store.name}:`))).toBe(true)
      expect(store.selected_option_id).toBeNull()
    }
    const harbor = stores.find((store) => store.federated_store.handle === "harbor-thread")!
    expect(harbor.shipping_options.map((option) => option.amount).sort((a, b) => a - b)).toEqual([5, 12])

    // Choosing twice for one store keeps one choice for it: the last.
    for (const option of harbor.shipping_options) {
      await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: option.id }, demo.storeHeaders)
    }
    const after = await read()
    expect(after.find((store) => store.federated_store.handle === "harbor-thread")!.selected_option_id).toBe(
      harbor.shipping_options[1].id
    )
    expect(after.filter((store) => store.selected_option_id)).toHaveLength(1)

    const unknown = await settle(api.get(`/store/federated-carts/cart_unknown/shipping-options`, demo.storeHeaders))
    expect(unknown.status).toBe(404)
  })

  it("keeps a burst clean: 50 shoppers checking out two stores each at the same moment get a group, never a 5xx", async () => {
    const container = getContainer()
    const { data: variants } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_variant",
      fields: ["id", "sku"],
      filters: { sku: ["TW-CAL-2027", "HT-LF-TEE-S", "HT-LF-TEE-M", "HT-LF-TEE-L", "HT-LF-TEE-XL"] },
    })
    const id = (sku: string) => variants.find((v) => v.sku === sku)!.id
    const tees = ["HT-LF-TEE-S", "HT-LF-TEE-M", "HT-LF-TEE-L", "HT-LF-TEE-XL"]
    const carts = await shopperCarts(container, demo, 50)
    // Ready the carts ten at a time; the burst is the checkout.
    for (let i = 0; i < carts.length; i += 10) {
      await Promise.all(
        carts
          .slice(i, i + 10)
          .map((cart, j) =>
            readiedCart(container, api, demo.storeHeaders, cart.id, [id("TW-CAL-2027"), id(tees[(i + j) % tees.length])])
          )
      )
    }
    const ordersBefore = (await container.resolve(Modules.ORDER).listOrders({}, { select: ["id"] })).length

    const started = Date.now()
    const responses = await Promise.all(carts.map((cart) => complete(cart.id)))
    console.info(
      `50 simultaneous two-store checkouts took ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(statuses(responses))}`
    )
    expect(responses.every((r) => r.status < 500)).toBe(true)
    expect(statuses(responses)).toEqual({ 200: 50 })
    expect(new Set(responses.map((r) => r.data.order_group.id)).size).toBe(50)
    const orders = await container.resolve(Modules.ORDER).listOrders({}, { select: ["id"] })
    expect(orders.length - ordersBefore).toBe(100)
  })
})
