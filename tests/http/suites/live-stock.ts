import { httpSuite } from "../../helpers/http-suite"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { LIVE_STOCK_MODULE } from "../../../src/modules/live-stock"
import type LiveStockModuleService from "../../../src/modules/live-stock/service"
import { TICKETING_MODULE } from "../../../src/modules/ticketing"
import type TicketingModuleService from "../../../src/modules/ticketing/service"
import { holdTicketWorkflow, releaseTicketsWorkflow } from "../../../src/workflows"
import { seedDemo } from "../../helpers/demo-federation"
import { openEventStream } from "../../helpers/event-stream"
import { settle } from "../../helpers/http"

/**
 * The variants a page watches: both stores' listings of the shared print of 50, and a cap
 * of 30. Holds are taken and released with the ticket workflows, which announce each
 * change on Medusa's event bus; nothing else drives the stream.
 */
async function watchedVariants(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku"],
    filters: { sku: ["TW-LIGHTHOUSE-A3", "LF-COVER-PRINT", "HT-CAP-SAND"] },
  })
  const bySku = (sku: string) => data.find((variant) => variant.sku === sku)!
  return {
    tidewaterPrint: bySku("TW-LIGHTHOUSE-A3").id,
    lanternPrint: bySku("LF-COVER-PRINT").id,
    cap: bySku("HT-CAP-SAND").id,
  }
}

async function federationCart(container: MedusaContainer) {
  const channels = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { select: ["id", "metadata"] })
  const federation = channels.find((channel) => channel.metadata?.federation_wide === true)!
  return container.resolve(Modules.CART).createCarts({ currency_code: "usd", sales_channel_id: federation.id })
}

export default httpSuite(({ api, getContainer }) => {
  let demo: Awaited<ReturnType<typeof seedDemo>>
  let variants: Awaited<ReturnType<typeof watchedVariants>>

  beforeAll(async () => {
    demo = await seedDemo(getContainer())
    variants = await watchedVariants(getContainer())
  })

  const streamOf = (ids: string[]) =>
    openEventStream(
      `${api.defaults.baseURL}/store/federated-stock/stream?variant_ids=${ids.join(",")}`,
      demo.storeHeaders.headers
    )

  it("pushes both stores' print counts to a watching page within a second of a hold and of a release", async () => {
    const container = getContainer()
    const cart = await federationCart(container)
    const stream = await streamOf([variants.tidewaterPrint, variants.lanternPrint, variants.cap])
    try {
      expect(stream.response.headers.get("content-type")).toMatch(/^text\/event-stream/)
      expect(await stream.next()).toMatchObject({
        event: "stock",
        data: { variants: { [variants.tidewaterPrint]: 50, [variants.lanternPrint]: 50, [variants.cap]: 30 } },
      })

      await holdTicketWorkflow(container).run({
        input: { cart_id: cart.id, line_item_id: "line_print", variant_id: variants.tidewaterPrint, quantity: 10 },
      })
      const held = Date.now()
      const afterHold = await stream.next(1_000)
      // Only the counts that moved: the cap shares no inventory with the print.
      expect(afterHold.data).toEqual({ variants: { [variants.tidewaterPrint]: 40, [variants.lanternPrint]: 40 } })
      console.log(`live stock: hold → stream event in ${afterHold.received_at - held} ms`)

      await releaseTicketsWorkflow(container).run({ input: { line_item_ids: ["line_print"], reason: "removed from cart" } })
      const released = Date.now()
      const afterRelease = await stream.next(1_000)
      expect(afterRelease.data).toEqual({ variants: { [variants.tidewaterPrint]: 50, [variants.lanternPrint]: 50 } })
      console.log(`live stock: release → stream event in ${afterRelease.received_at - released} ms`)
    } finally {
      await stream.close()
    }
  })

  it("settles on the right count after a burst of racing holds, never showing a stale higher count", async () => {
    const container = getContainer()
    const stream = await streamOf([variants.cap])
    try {
      await stream.next()
      const carts = await Promise.all(Array.from({ length: 20 }, () => federationCart(container)))
      await Promise.all(
        carts.map((cart, i) =>
          holdTicketWorkflow(container).run({
            input: { cart_id: cart.id, line_item_id: `line_cap_${i}`, variant_id: variants.cap, quantity: 1 },
          })
        )
      )
      const pushed: number[] = []
      while (pushed[pushed.length - 1] !== 10) {
        pushed.push((await stream.next(1_000)).data.variants[variants.cap])
      }
      expect(pushed).toEqual([...pushed].sort((a, b) => b - a))
      console.log(`live stock: 20 racing holds → ${pushed.length} stream events (${pushed.join(", ")})`)
    } finally {
      await stream.close()
    }
  })

  it("answers a polling page with the counts the stream pushes", async () => {
    const container = getContainer()
    const cart = await federationCart(container)
    await holdTicketWorkflow(container).run({
      input: { cart_id: cart.id, line_item_id: "line_caps", variant_id: variants.cap, quantity: 4 },
    })
    const ids = [variants.tidewaterPrint, variants.cap]
    const stream = await streamOf(ids)
    try {
      const streamed = await stream.next()
      const { data: polled } = await api.get(`/store/federated-stock?variant_ids=${ids.join(",")}`, demo.storeHeaders)
      expect(polled).toEqual(streamed.data)
      expect(polled).toEqual({ variants: { [variants.tidewaterPrint]: 50, [variants.cap]: 26 } })
    } finally {
      await stream.close()
    }
  })

  it("pushes the freed count at the instant a hold runs out, before any sweep", async () => {
    const container = getContainer()
    const cart = await federationCart(container)
    const stream = await streamOf([variants.lanternPrint])
    try {
      expect((await stream.next()).data).toEqual({ variants: { [variants.lanternPrint]: 50 } })
      await holdTicketWorkflow(container).run({
        input: {
          cart_id: cart.id,
          line_item_id: "line_brief",
          variant_id: variants.lanternPrint,
          quantity: 5,
          hold_minutes: 0.05,
        },
      })
      const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
      const [ticket] = await ticketing.listTickets({ line_item_id: "line_brief" })
      expect((await stream.next(1_000)).data).toEqual({ variants: { [variants.lanternPrint]: 45 } })

      // Nothing announces the run-out: the stream's own timer does.
      const runsOut = new Date(ticket.expires_at).getTime()
      const freed = await stream.next(runsOut - Date.now() + 1_000)
      expect(freed.data).toEqual({ variants: { [variants.lanternPrint]: 50 } })
      expect(freed.received_at).toBeGreaterThanOrEqual(runsOut)
      expect((await ticketing.listTickets({ line_item_id: "line_brief" }))[0].status).toBe("held")
      console.log(`live stock: run-out → stream event in ${freed.received_at - runsOut} ms`)
    } finally {
      await stream.close()
    }
  })

  it("stops watching when the page goes away", async () => {
    const liveStock: LiveStockModuleService = getContainer().resolve(LIVE_STOCK_MODULE)
    const before = liveStock.listenerCount()
    const stream = await streamOf([variants.cap])
    await stream.next()
    expect(liveStock.listenerCount()).toBe(before + 1)

    await stream.close()

    const giveUpAt = Date.now() + 2_000
    while (liveStock.listenerCount() !== before && Date.now() < giveUpAt) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(liveStock.listenerCount()).toBe(before)
  })

  it("leaves out variants the storefront does not sell, rather than saying whether they exist", async () => {
    const { data } = await api.get(`/store/federated-stock?variant_ids=${variants.cap},variant_does_not_exist`, demo.storeHeaders)
    expect(data).toEqual({ variants: { [variants.cap]: 30 } })

    const stream = await streamOf(["variant_does_not_exist"])
    try {
      expect(await stream.next()).toMatchObject({ event: "stock", data: { variants: {} } })
    } finally {
      await stream.close()
    }
  })

  it.each([
    ["no variant list", "", /variant_ids' is required/],
    ["an empty variant list", "?variant_ids=", /variant_ids must name at least one variant id/],
    [
      "more than 100 variants",
      `?variant_ids=${Array.from({ length: 101 }, (_, i) => `variant_${i}`).join(",")}`,
      /at most 100 variants/,
    ],
    ["an unknown parameter", "?variant_ids=variant_1&store=harbor-thread", /Unrecognized fields: 'store'/],
  ])("refuses %s with a 400 that says why, on both routes", async (_case, search, message) => {
    for (const path of ["/store/federated-stock", "/store/federated-stock/stream"]) {
      const response = await settle(api.get(`${path}${search}`, demo.storeHeaders))
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(message)
    }
  })
})
