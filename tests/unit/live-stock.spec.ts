import { ChildProcess, spawn, spawnSync } from "node:child_process"
import net from "node:net"
import Redis from "ioredis"
import LiveStockModuleService, { StockChange } from "../../src/modules/live-stock/service"

const quietLogger = { warn: jest.fn() }

describe("the live-stock broadcast on one instance", () => {
  it("hands every change to every watching listener, and stops when one unsubscribes", async () => {
    const liveStock = new LiveStockModuleService({ logger: quietLogger })
    const first: StockChange[] = []
    const second: StockChange[] = []
    const stopFirst = liveStock.subscribe((change) => first.push(change))
    liveStock.subscribe((change) => second.push(change))
    expect(liveStock.listenerCount()).toBe(2)

    await liveStock.broadcast({ inventory_item_ids: ["iitem_print"] })
    stopFirst()
    await liveStock.broadcast({ inventory_item_ids: ["iitem_cap", "iitem_tee"] })

    expect(first).toEqual([{ inventory_item_ids: ["iitem_print"] }])
    expect(second).toEqual([{ inventory_item_ids: ["iitem_print"] }, { inventory_item_ids: ["iitem_cap", "iitem_tee"] }])
    expect(liveStock.listenerCount()).toBe(1)
  })

  it("still reaches the other listeners when one of them throws", async () => {
    const logger = { warn: jest.fn() }
    const liveStock = new LiveStockModuleService({ logger })
    const heard: StockChange[] = []
    liveStock.subscribe(() => {
      throw new Error("stream already closed")
    })
    liveStock.subscribe((change) => heard.push(change))

    await liveStock.broadcast({ inventory_item_ids: ["iitem_print"] })

    expect(heard).toHaveLength(1)
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining("stream already closed"))
  })

  it("says nothing when no inventory item changed", async () => {
    const liveStock = new LiveStockModuleService({ logger: quietLogger })
    const listener = jest.fn()
    liveStock.subscribe(listener)

    await liveStock.broadcast({ inventory_item_ids: [] })

    expect(listener).not.toHaveBeenCalled()
  })
})

// Two services on one Redis stand for two server instances (and a worker that only publishes).
const hasRedisServer = spawnSync("sh", ["-c", "command -v redis-server"]).status === 0
const describeWithRedis = hasRedisServer ? describe : describe.skip
if (!hasRedisServer) {
  console.warn("redis-server is not installed: the live-stock Redis tests are skipped (apt-get install redis-server).")
}

describeWithRedis("the live-stock broadcast across instances, through Redis", () => {
  let redis: ChildProcess
  let redisUrl: string
  const services: LiveStockModuleService[] = []
  const instance = () => {
    const service = new LiveStockModuleService({ logger: quietLogger }, { redisUrl, channel: "live_stock_test" })
    services.push(service)
    return service
  }

  beforeAll(async () => {
    const port = await freePort()
    redisUrl = `redis://localhost:${port}`
    redis = spawn("redis-server", ["--port", String(port), "--save", "", "--appendonly", "no"], { stdio: "ignore" })
    await waitFor(async () => {
      const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
      try {
        await probe.connect()
        return (await probe.ping()) === "PONG"
      } catch {
        return false
      } finally {
        probe.disconnect()
      }
    })
  })

  afterAll(async () => {
    await Promise.all(services.map((service) => service.__hooks.onApplicationShutdown()))
    redis?.kill()
  })

  it("reaches the listeners of every instance, with one Redis subscription per instance", async () => {
    const [serverA, serverB, worker] = [instance(), instance(), instance()]
    const heardOnA: StockChange[] = []
    const heardOnB: StockChange[] = []
    serverA.subscribe((change) => heardOnA.push(change))
    serverA.subscribe((change) => heardOnA.push(change))
    serverB.subscribe((change) => heardOnB.push(change))
    const subscribers = new Redis(redisUrl)
    await waitFor(async () => (await subscribers.pubsub("NUMSUB", "live_stock_test"))[1] === 2)

    await worker.broadcast({ inventory_item_ids: ["iitem_print"] })

    await waitFor(async () => heardOnA.length === 2 && heardOnB.length === 1)
    expect(heardOnA).toEqual([{ inventory_item_ids: ["iitem_print"] }, { inventory_item_ids: ["iitem_print"] }])
    expect(heardOnB).toEqual([{ inventory_item_ids: ["iitem_print"] }])
    // Two instances subscribe however many listeners they serve; the worker never does.
    expect((await subscribers.pubsub("NUMSUB", "live_stock_test"))[1]).toBe(2)
    subscribers.disconnect()
  })
})

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5_000) {
  const giveUpAt = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > giveUpAt) {
      throw new Error("timed out")
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
