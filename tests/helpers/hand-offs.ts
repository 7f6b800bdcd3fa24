import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createServer, IncomingMessage, Server } from "node:http"
import { AddressInfo } from "node:net"
import { verifyHandOff } from "../../src/distributor-client"
import { FEDERATION_MODULE } from "../../src/modules/federation"
import { ORDER_GROUP_MODULE } from "../../src/modules/order-group"

export type Delivery = {
  /** The store handle the delivery was addressed to (its distributor_url's last part). */
  handle: string
  key: string
  attempt: string
  rawBody: string
  headers: IncomingMessage["headers"]
  verified: boolean
  started: number
  finished: number
}

/**
 * A distributor on this machine: verifies each delivery with the store's secret, applies
 * each idempotency key once, and answers `answer(n)` to its n-th delivery (1-based), after
 * `delayMs` so overlapping deliveries would show.
 */
export async function startReceiver(
  port: number,
  { answer = () => 200, delayMs = 0 }: { answer?: (n: number) => number; delayMs?: number } = {}
) {
  const secrets = new Map<string, string>()
  const deliveries: Delivery[] = []
  const applied = new Map<string, string>()
  let inFlight = 0
  let maxInFlight = 0
  const server: Server = createServer((req, res) => {
    let rawBody = ""
    req.on("data", (chunk) => (rawBody += chunk))
    req.on("end", async () => {
      inFlight += 1
      maxInFlight = Math.max(maxInFlight, inFlight)
      const started = Date.now()
      const handle = (req.url ?? "").split("/").pop() ?? ""
      const verdict = verifyHandOff({ headers: req.headers, rawBody, secret: secrets.get(handle) ?? "unknown" })
      const key = String(req.headers["idempotency-key"])
      if (verdict.ok && !applied.has(key)) {
        applied.set(key, rawBody)
      }
      await new Promise((resolve) => setTimeout(resolve, delayMs))
      deliveries.push({
        handle,
        key,
        attempt: String(req.headers["x-federated-cart-attempt"]),
        rawBody,
        headers: req.headers,
        verified: verdict.ok,
        started,
        finished: Date.now(),
      })
      inFlight -= 1
      res.statusCode = verdict.ok ? answer(deliveries.length) : 401
      res.end(verdict.ok ? "ok" : "refused")
    })
  })
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve))
  return {
    url: (handle: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/hand-offs/${handle}`,
    knowSecret: (handle: string, secret: string) => secrets.set(handle, secret),
    deliveries,
    /** The body applied for each key: the first delivery's; later ones with that key are only acknowledged. */
    applied,
    maxInFlight: () => maxInFlight,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * What the federated checkout leaves behind, made by hand: one order per store (linked to
 * its store), an order group holding them. `stores` are federated store ids.
 */
export async function placedOrderGroup(container: MedusaContainer, stores: string[]) {
  const orderModule = container.resolve(Modules.ORDER)
  const orders = await orderModule.createOrders(
    stores.map((_, i) => ({
      currency_code: "usd",
      email: "shopper@example.com",
      shipping_address: {
        first_name: "Ada",
        last_name: "Lovelace",
        address_1: "1 Quay St",
        city: "Astoria",
        country_code: "us",
        postal_code: "97103",
      },
      items: [{ title: `Print ${i + 1}`, product_title: "Print", variant_sku: `SKU-${i + 1}`, quantity: 2, unit_price: 15 }],
    }))
  )
  const group = await container.resolve(ORDER_GROUP_MODULE).createOrderGroups({
    cart_id: `cart_${Date.now()}_${Math.random().toString(36).slice(2)}`,
    email: "shopper@example.com",
    currency_code: "usd",
    total: 30 * stores.length,
    store_count: stores.length,
  })
  await container.resolve(ContainerRegistrationKeys.LINK).create(
    orders.flatMap((order, i) => [
      { [ORDER_GROUP_MODULE]: { order_group_id: group.id }, [Modules.ORDER]: { order_id: order.id } },
      { [FEDERATION_MODULE]: { federated_store_id: stores[i] }, [Modules.ORDER]: { order_id: order.id } },
    ])
  )
  return { groupId: group.id as string, orderIds: orders.map((order) => order.id) }
}
