import { httpSuite } from "../../helpers/http-suite"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { FEDERATION_MODULE } from "../../../src/modules/federation"
import { forgetStockContext } from "../../../src/workflows/utils/stock-context-cache"
import { TICKETING_MODULE } from "../../../src/modules/ticketing"
import type TicketingModuleService from "../../../src/modules/ticketing/service"
import { seedDemo } from "../../helpers/demo-federation"
import {
  expectLedgerBalanced,
  heldUnits,
  readiedCart,
  readyForCheckout,
  reservedUnits,
  sharedPrint,
  shopperCarts,
} from "../../helpers/checkout"
import { underCpuLoad } from "../../lib/cpu-load.cjs"
import { settle } from "../../helpers/http"

const statuses = (responses: { status: number }[]) =>
  responses.reduce<Record<number, number>>((count, { status }) => ({ ...count, [status]: (count[status] ?? 0) + 1 }), {})

export default httpSuite(({ api, getContainer }) => {
  let demo: Awaited<ReturnType<typeof seedDemo>>

  beforeAll(async () => {
    demo = await seedDemo(getContainer())
  })

  const add = (cartId: string, variantId: string, quantity = 1) =>
    settle(api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity }, demo.storeHeaders))

  it("grows, shrinks and releases a line's ticket through Medusa's own line routes, naming the free count", async () => {
    const container = getContainer()
    const print = await sharedPrint(container)
    const [mine, theirs] = await shopperCarts(container, demo, 2)

    const added = await add(mine.id, print.variantIds[0], 2)
    expect(added.status).toBe(200)
    const lineId = added.data.cart.items[0].id
    const update = (quantity: number) =>
      settle(api.post(`/store/carts/${mine.id}/line-items/${lineId}`, { quantity }, demo.storeHeaders))

    expect((await update(5)).status).toBe(200)
    expect(await reservedUnits(container, print.inventoryItemId)).toBe(5)
    expect((await update(1)).status).toBe(200)
    expect(await reservedUnits(container, print.inventoryItemId)).toBe(1)

    // The other store's shopper takes all but one of the rest; this line can grow by one only.
    expect((await add(theirs.id, print.variantIds[1], 48)).status).toBe(200)
    const tooMany = await update(3)
    expect(tooMany.status).toBe(409)
    expect(tooMany.data.message).toMatch(/Only 2 left/)
    // The holder may take the very last unit: its own held unit counts as its own.
    expect((await update(2)).status).toBe(200)
    expect(await reservedUnits(container, print.inventoryItemId)).toBe(50)

    const removed = await settle(api.delete(`/store/carts/${mine.id}/line-items/${lineId}`, demo.storeHeaders))
    expect(removed.status).toBe(200)
    expect(removed.data.deleted).toBe(true)
    expect(await reservedUnits(container, print.inventoryItemId)).toBe(48)
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const [released] = await ticketing.listTickets({ line_item_id: lineId })
    expect(released).toMatchObject({ status: "released", end_reason: "removed from cart", reservation_id: null })
  })

  it("refuses a fraction of a unit on Medusa's add and line routes, holding nothing", async () => {
    const container = getContainer()
    const print = await sharedPrint(container)
    const [cart] = await shopperCarts(container, demo, 1)

    const fraction = await add(cart.id, print.variantIds[0], 1.5)
    expect(fraction.status).toBe(400)
    expect(fraction.data.message).toBe("quantity must be a whole number")
    expect((await add(cart.id, print.variantIds[0], 0)).status).toBe(400)
    expect(await reservedUnits(container, print.inventoryItemId)).toBe(0)

    const added = await add(cart.id, print.variantIds[0], 1)
    const lineId = added.data.cart.items[0].id
    const update = await settle(api.post(`/store/carts/${cart.id}/line-items/${lineId}`, { quantity: 2.5 }, demo.storeHeaders))
    expect(update.status).toBe(400)
    expect(update.data.message).toBe("quantity must be a whole number")
    expect(await reservedUnits(container, print.inventoryItemId)).toBe(1)
    await expectLedgerBalanced(container, print.inventoryItemId)
  })

  it("refuses on Medusa's add route a product that no store sells, as the plugin's route does, holding nothing", async () => {
    const container = getContainer()
    const print = await sharedPrint(container)
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_variant",
      fields: ["id", "product.id", "product.federated_store.id"],
      filters: { id: print.variantIds[0] },
    })
    const product = data[0].product as { id: string; federated_store: { id: string } }
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
      [FEDERATION_MODULE]: { federated_store_id: product.federated_store.id },
      [Modules.PRODUCT]: { product_id: product.id },
    })
    forgetStockContext()
    const [cart] = await shopperCarts(container, demo, 1)

    // The next test's database has the link back: this process's cache must not remember it gone.
    const refused = await add(cart.id, print.variantIds[0], 1).finally(forgetStockContext)
    expect(refused.status).toBe(400)
    expect(refused.data.message).toBe(`Variant ${print.variantIds[0]} is not sold by any store of the federation.`)
    expect(await reservedUnits(container, print.inventoryItemId)).toBe(0)
    const { data: after } = await api.get(`/store/carts/${cart.id}`, demo.storeHeaders)
    expect(after.cart.items).toHaveLength(0)
  })

  it("lets the holder of the last unit check out while others hammer it; nobody else gets it", async () => {
    const container = getContainer()
    const print = await sharedPrint(container)
    const [holder, bulk, ...others] = await shopperCarts(container, demo, 22)

    expect((await add(bulk.id, print.variantIds[0], 49)).status).toBe(200)
    expect((await add(holder.id, print.variantIds[1], 1)).status).toBe(200)
    await readyForCheckout(api, demo.storeHeaders, holder.id)

    const [completion, ...hammering] = await Promise.all([
      settle(api.post(`/store/carts/${holder.id}/complete`, {}, demo.storeHeaders)),
      ...others.map((cart, i) => add(cart.id, print.variantIds[i % 2])),
    ])
    expect(completion.status).toBe(200)
    expect(completion.data.type).toBe("order")
    expect(statuses(hammering)).toEqual({ 409: 20 })

    expect(await reservedUnits(container, print.inventoryItemId)).toBe(50)
    const reservations = await container
      .resolve(Modules.INVENTORY)
      .listReservationItems({ inventory_item_id: print.inventoryItemId })
    const orderLineId = completion.data.order.items[0].id
    expect(reservations.filter((r) => r.line_item_id === orderLineId).map((r) => Number(r.quantity))).toEqual([1])
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const [bought] = await ticketing.listTickets({ cart_id: holder.id })
    expect(bought.status).toBe("purchased")
  })

  it("leaves the holds as they were when a checkout is refused", async () => {
    const container = getContainer()
    const print = await sharedPrint(container)
    const [cart] = await shopperCarts(container, demo, 1)
    expect((await add(cart.id, print.variantIds[0], 3)).status).toBe(200)

    // No shipping method and no payment session: Medusa refuses the completion.
    const refused = await settle(api.post(`/store/carts/${cart.id}/complete`, {}, demo.storeHeaders))
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect(refused.status).toBeLessThan(500)

    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const [ticket] = await ticketing.listTickets({ cart_id: cart.id })
    expect(ticket).toMatchObject({ status: "held", quantity: 3 })
    expect(ticket.reservation_id).toBeTruthy()
    expect(await reservedUnits(container, print.inventoryItemId)).toBe(3)
    expect(await container.resolve(Modules.ORDER).listOrders({}, { select: ["id"] })).toHaveLength(0)
  })

  it("lets exactly 50 of 200 shoppers, through both stores and Medusa's own add-to-cart route, hold the 50 prints with every core busy elsewhere; the 50 then check out at once", async () => {
    const container = getContainer()
    const print = await sharedPrint(container)
    const carts = await shopperCarts(container, demo, 200)

    const adds = await underCpuLoad(() => Promise.all(carts.map((cart, i) => add(cart.id, print.variantIds[i % 2]))))
    expect(statuses(adds)).toEqual({ 200: 50, 409: 150 })
    // Refused only because the units are gone: never a busy answer while units are free.
    const refusals = adds.filter((response) => response.status === 409)
    expect(refusals.every((response) => /^Sold out/.test(response.data.message))).toBe(true)
    const refusal = refusals[0]
    expect(await heldUnits(container, print.inventoryItemId)).toBe(50)
    expect(await reservedUnits(container, print.inventoryItemId)).toBe(50)
    await expectLedgerBalanced(container, print.inventoryItemId)
    // A refused shopper's cart is left as it was: no line without a hold.
    const refusedCart = carts[adds.indexOf(refusal)]
    const { data } = await api.get(`/store/carts/${refusedCart.id}`, demo.storeHeaders)
    expect(data.cart.items).toHaveLength(0)

    // The winners get ready ten at a time (addresses, shipping, payment); the burst is the checkout.
    const winners = carts.filter((_, i) => adds[i].status === 200)
    for (let i = 0; i < winners.length; i += 10) {
      await Promise.all(winners.slice(i, i + 10).map((cart) => readiedCart(container, api, demo.storeHeaders, cart.id, [])))
    }
    const started = Date.now()
    const completions = await underCpuLoad(() =>
      Promise.all(winners.map((cart) => settle(api.post(`/store/carts/${cart.id}/complete`, {}, demo.storeHeaders))))
    )
    console.info(`50 simultaneous checkouts took ${((Date.now() - started) / 1000).toFixed(1)} s`)
    expect(statuses(completions)).toEqual({ 200: 50 })
    expect(completions.every((response) => response.data.type === "order")).toBe(true)
    const orders = await container.resolve(Modules.ORDER).listOrders({}, { select: ["id"] })
    expect(orders).toHaveLength(50)
    expect(await reservedUnits(container, print.inventoryItemId)).toBe(50)
    expect(await heldUnits(container, print.inventoryItemId)).toBe(0)
    await expectLedgerBalanced(container, print.inventoryItemId)
  })
})
