import { httpSuite } from "../../helpers/http-suite"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { TICKETING_MODULE } from "../../../src/modules/ticketing"
import type TicketingModuleService from "../../../src/modules/ticketing/service"
import { holdTicketWorkflow, releaseTicketsWorkflow, sweepExpiredTicketsWorkflow } from "../../../src/workflows"
import { availableQuantities } from "../../../src/workflows/utils/availability"
import { seedDemo } from "../../helpers/demo-federation"
import { heldUnits, reservedUnits, sharedPrint } from "../../helpers/checkout"

const MINUTE = 60_000
const T0 = new Date("2026-11-01T12:00:00Z")
const at = (minutes: number, ms = 0) => new Date(T0.getTime() + minutes * MINUTE + ms)

async function federationCarts(container: MedusaContainer, count: number) {
  const channels = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { select: ["id", "metadata"] })
  const federation = channels.find((channel) => channel.metadata?.federation_wide === true)!
  return container
    .resolve(Modules.CART)
    .createCarts(Array.from({ length: count }, () => ({ currency_code: "usd", sales_channel_id: federation.id })))
}

export default httpSuite(({ api, getContainer }) => {
  let demo: Awaited<ReturnType<typeof seedDemo>>

  beforeAll(async () => {
    demo = await seedDemo(getContainer())
  })

  const hold = (input: Parameters<ReturnType<typeof holdTicketWorkflow>["run"]>[0]["input"]) =>
    holdTicketWorkflow(getContainer()).run({ input })

  it("lets exactly 50 of 200 racing carts, through both stores, hold the 50 prints", async () => {
    const container = getContainer()
    const print = await sharedPrint(container)
    const carts = await federationCarts(container, 200)

    const outcomes = await Promise.allSettled(
      carts.map((cart, i) =>
        hold({ cart_id: cart.id, line_item_id: `line_${i}`, variant_id: print.variantIds[i % 2], quantity: 1 })
      )
    )
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected")
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(50)
    expect(refused).toHaveLength(150)
    for (const { reason } of refused) {
      expect(reason.type).toBe(MedusaError.Types.CONFLICT)
    }
    expect(refused.some(({ reason }) => /Sold out/.test(reason.message))).toBe(true)
    expect(await heldUnits(container, print.inventoryItemId)).toBe(50)
    expect(await reservedUnits(container, print.inventoryItemId)).toBe(50)
  })

  it("grows and shrinks a line's ticket, and refuses more than is free, naming the count", async () => {
    const container = getContainer()
    const print = await sharedPrint(container)
    const [mine, theirs] = await federationCarts(container, 2)
    const line = { cart_id: mine.id, line_item_id: "line_mine", variant_id: print.variantIds[0] }

    await hold({ ...line, quantity: 3 })
    await hold({ ...line, quantity: 5 })
    expect(await reservedUnits(container, print.inventoryItemId)).toBe(5)
    await hold({ ...line, quantity: 2 })
    expect(await reservedUnits(container, print.inventoryItemId)).toBe(2)

    await hold({ cart_id: theirs.id, line_item_id: "line_theirs", variant_id: print.variantIds[1], quantity: 45 })
    const refusal = await hold({ ...line, quantity: 10 }).catch((error) => error)
    expect(refusal.type).toBe(MedusaError.Types.CONFLICT)
    expect(refusal.message).toMatch(/Only 5 left/)
    expect(await heldUnits(container, print.inventoryItemId)).toBe(47)
    expect(await reservedUnits(container, print.inventoryItemId)).toBe(47)
  })

  it("frees a held unit at the instant its hold runs out, before any sweep", async () => {
    const container = getContainer()
    const print = await sharedPrint(container)
    const [first, second] = await federationCarts(container, 2)

    await hold({ cart_id: first.id, line_item_id: "line_first", variant_id: print.variantIds[0], quantity: 50, now: at(0) })
    const justBefore = await hold({
      cart_id: second.id,
      line_item_id: "line_second",
      variant_id: print.variantIds[1],
      quantity: 1,
      now: at(15, -1),
    }).catch((error) => error)
    expect(justBefore.type).toBe(MedusaError.Types.CONFLICT)

    await hold({ cart_id: second.id, line_item_id: "line_second", variant_id: print.variantIds[1], quantity: 50, now: at(15) })
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const [firstTicket] = await ticketing.listTickets({ line_item_id: "line_first" })
    expect(firstTicket.status).toBe("expired")
    expect(await reservedUnits(container, print.inventoryItemId)).toBe(50)
  })

  it("sweeps each run-out ticket exactly once, however many sweeps race, and spares extended holds", async () => {
    const container = getContainer()
    const print = await sharedPrint(container)
    const carts = await federationCarts(container, 10)
    for (const [i, cart] of carts.entries()) {
      await hold({ cart_id: cart.id, line_item_id: `line_${i}`, variant_id: print.variantIds[i % 2], quantity: 2, now: at(0) })
    }
    // One shopper was active at minute 10: the hold restarts then.
    await hold({ cart_id: carts[0].id, line_item_id: "line_0", variant_id: print.variantIds[0], quantity: 2, now: at(10) })

    const sweeps = await Promise.all(
      Array.from({ length: 5 }, () => sweepExpiredTicketsWorkflow(container).run({ input: { now: at(16) } }))
    )
    const ended = sweeps.flatMap(({ result }) => result.map((ticket) => ticket.id))
    expect(ended).toHaveLength(9)
    expect(new Set(ended).size).toBe(9)
    expect(await reservedUnits(container, print.inventoryItemId)).toBe(2)
    expect(await heldUnits(container, print.inventoryItemId)).toBe(2)
  })

  it("releases a line's ticket with the reason, and never releases it twice", async () => {
    const container = getContainer()
    const print = await sharedPrint(container)
    const [cart] = await federationCarts(container, 1)
    await hold({ cart_id: cart.id, line_item_id: "line_gone", variant_id: print.variantIds[0], quantity: 4 })

    const releases = await Promise.all(
      Array.from({ length: 4 }, () =>
        releaseTicketsWorkflow(container).run({ input: { line_item_ids: ["line_gone"], reason: "removed from cart" } })
      )
    )
    expect(releases.flatMap(({ result }) => result)).toHaveLength(1)
    const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
    const [ticket] = await ticketing.listTickets({ line_item_id: "line_gone" })
    expect(ticket).toMatchObject({ status: "released", end_reason: "removed from cart", reservation_id: null })
    expect(await reservedUnits(container, print.inventoryItemId)).toBe(0)
  })

  it("shows both stores' shoppers the count net of holds, and frees it at the hold's instant", async () => {
    const container = getContainer()
    const print = await sharedPrint(container)
    const [cart] = await federationCarts(container, 1)
    const takenAt = new Date()
    await hold({ cart_id: cart.id, line_item_id: "line_ten", variant_id: print.variantIds[0], quantity: 10, now: takenAt })
    const runsOut = new Date(takenAt.getTime() + 15 * MINUTE)

    for (const [store, product] of [
      ["tidewater-prints", "lighthouse-at-dusk-print"],
      ["lantern-forge", "salt-coast-cover-print"],
    ]) {
      const { data } = await api.get(`/store/federated-stores/${store}/products/${product}`, demo.storeHeaders)
      expect(data.product.variants[0].available_quantity).toBe(40)
    }

    const locations = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({})
    const counts = (now: Date) =>
      availableQuantities(container, { variant_ids: print.variantIds, location_ids: locations.map((l) => l.id), now })
    expect([...(await counts(new Date(runsOut.getTime() - 1))).values()]).toEqual([40, 40])
    expect([...(await counts(runsOut)).values()]).toEqual([50, 50])
  })
})
