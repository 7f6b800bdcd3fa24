// `npm run test:multi-instance` (and the "multi-instance" suite of `npm test`): the shared-
// print race against two Medusa servers sharing one PostgreSQL and one Redis, with Medusa's
// Redis modules (event bus, workflow engine, locking-redis, cache), as a deployment with
// several instances runs them.
//
// Redis on port 6390 (Debian's redis-server, installed when missing and running as root),
// PostgreSQL on 54334 (data under .test-data/multi-instance/), servers on 9005 and 9006.
//  1. 200 shoppers, each with a cart of their own, half on each server, half through
//     Tidewater's print (TW-LIGHTHOUSE-A3) and half through Lantern Forge's (LF-COVER-PRINT),
//     one inventory item of 50 units: exactly 50 lines, 150 × 409 "Sold out", no 5xx; the
//     item's reserved_quantity is 50 and equals the units held by tickets;
//  2. the winners check out at once through Medusa's standard flow, split over both servers:
//     50 orders, no 5xx, nothing oversold, reserved_quantity equal to the live reservations.
// Both bursts run with every core kept busy by other processes: the races must hold on a
// loaded machine.
//
// Exit codes: 0 passed, 1 failed (with a report), 77 skipped (no redis-server to be had).
import path from "node:path"
import { root } from "../../scripts/lib/paths.mjs"
import { underCpuLoad } from "../lib/cpu-load.cjs"
import { ensureRedisServer, startOwnStack, stockOf } from "../lib/own-stack.mjs"
import { addLine, completeCart, createCarts, inPool, prepareCheckout, statusCounts, storeClient } from "../lib/shoppers.mjs"

const SKIPPED = 77
const SHOPPERS = 200
const STOCK = 50
const PRINTS = [
  { sku: "TW-LIGHTHOUSE-A3", store: "Tidewater Books & Prints" },
  { sku: "LF-COVER-PRINT", store: "Lantern Forge Games" },
]

const started = Date.now()
const failures = []
const check = (ok, what, details) => {
  console.log(`  ${ok ? "✓" : "✗"} ${what}`)
  if (!ok) failures.push(details ? `${what}\n      ${details}` : what)
  return ok
}
const describe = (responses) =>
  Object.entries(statusCounts(responses))
    .map(([status, count]) => `${count} × ${status === "0" ? "no answer" : status}`)
    .join(", ")
const firstBodies = (responses, keep) =>
  responses
    .filter(keep)
    .slice(0, 3)
    .map((r) => `HTTP ${r.status}: ${r.text.slice(0, 300)}`)
    .join("\n      ")

if (!ensureRedisServer()) {
  console.log("\nSKIPPED: the two-instance race needs Debian's redis-server (apt-get install redis-server).")
  process.exit(SKIPPED)
}

let stack
try {
  console.log("Redis (6390), PostgreSQL (54334), migrations, demo seed, two servers (9005, 9006) with REDIS_URL…")
  stack = await startOwnStack({
    dataDir: path.join(root, ".test-data/multi-instance"),
    pgPort: 54334,
    redisPort: 6390,
    servers: [
      { name: "a", port: 9005 },
      { name: "b", port: 9006 },
    ],
  })
  console.log(`Ready in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
  const clients = stack.servers.map((server) => storeClient(server.url, stack.demo.publishable_key))
  const variants = await stack.sql(`SELECT id, sku FROM product_variant WHERE sku = ANY($1) AND deleted_at IS NULL`, [
    PRINTS.map((print) => print.sku),
  ])
  const prints = PRINTS.map((print) => ({ ...print, variant_id: variants.find((v) => v.sku === print.sku).id }))

  // Shopper i talks to server i % 2 through print ⌊i / 2⌋ % 2: each server sees both stores.
  const shoppers = (await createCarts(clients, stack.demo.region_id, SHOPPERS)).map((cartId, i) => ({
    cartId,
    client: clients[i % 2],
    server: stack.servers[i % 2].name,
    print: prints[Math.floor(i / 2) % 2],
  }))

  console.log(`\n${SHOPPERS} shoppers add 1 print each at once, through both stores and both servers, every core busy elsewhere:`)
  const adds = await underCpuLoad(() => Promise.all(shoppers.map((s) => addLine(s.client, s.cartId, s.print.variant_id))))
  console.log(`  answers: ${describe(adds)}`)
  const winners = shoppers.filter((_, i) => adds[i].status === 200)
  check(winners.length === STOCK, `exactly ${STOCK} shoppers got a line (got ${winners.length})`)
  check(
    adds.filter((r) => r.status === 409).length === SHOPPERS - STOCK,
    `${SHOPPERS - STOCK} × 409 for the others`,
    firstBodies(adds, (r) => r.status !== 200 && r.status !== 409)
  )
  check(
    !adds.some((r) => r.status >= 500 || r.status === 0),
    "no 5xx, no dropped connection",
    firstBodies(adds, (r) => r.status >= 500 || r.status === 0)
  )
  check(
    adds.filter((r) => r.status === 409).every((r) => /^Sold out/.test(r.json?.message ?? "")),
    'every 409 says "Sold out" (refused only because the units are gone)',
    firstBodies(adds, (r) => r.status === 409 && !/^Sold out/.test(r.json?.message ?? ""))
  )
  const conflict = adds.find((r) => r.status === 409)
  if (conflict) console.log(`  a 409 said: "${conflict.json?.message}"`)
  for (const server of stack.servers) {
    const won = winners.filter((s) => s.server === server.name).length
    console.log(`  server ${server.name}: ${won} lines`)
  }
  const afterAdds = await stockOf(stack.sql, PRINTS[0].sku)
  check(
    afterAdds.reserved === STOCK && afterAdds.held === STOCK,
    `reserved_quantity ${afterAdds.reserved} == ${STOCK} == units held by tickets (${afterAdds.held})`
  )

  console.log(`\nThe ${winners.length} winners check out (split over both servers):`)
  const prepared = await inPool(winners, 8, (s) => prepareCheckout(s.client, s.cartId, { storeName: s.print.store }))
  const unprepared = prepared.filter((p) => !p.ok)
  check(
    unprepared.length === 0,
    `every winner's cart takes an address, a shipping method and a payment session (${unprepared.length} refused)`,
    unprepared
      .slice(0, 3)
      .map((p) => `${p.step}: HTTP ${p.response.status} ${p.response.text.slice(0, 300)}`)
      .join("\n      ")
  )
  const ready = winners.filter((_, i) => prepared[i].ok)
  const completions = await underCpuLoad(() => Promise.all(ready.map((s) => completeCart(s.client, s.cartId))))
  const responses = completions.map((c) => c.response)
  console.log(`  answers: ${describe(responses)}, of which ${completions.filter((c) => c.placed).length} placed an order`)
  const [{ orders }] = await stack.sql(`SELECT count(*)::int AS orders FROM "order" WHERE deleted_at IS NULL`)
  check(
    orders === STOCK,
    `${STOCK} orders (got ${orders})`,
    firstBodies(responses, (r) => r.json?.type !== "order")
  )
  check(
    !responses.some((r) => r.status >= 500 || r.status === 0),
    "no 5xx, no dropped connection",
    firstBodies(responses, (r) => r.status >= 500 || r.status === 0)
  )
  const [{ ordered }] = await stack.sql(
    `SELECT coalesce(sum(oi.quantity), 0)::int AS ordered
       FROM order_item oi JOIN order_line_item li ON li.id = oi.item_id
      WHERE li.variant_sku = ANY($1) AND oi.deleted_at IS NULL`,
    [PRINTS.map((print) => print.sku)]
  )
  const after = await stockOf(stack.sql, PRINTS[0].sku)
  check(ordered <= after.stocked, `nothing oversold: ${ordered} prints ordered of ${after.stocked} stocked`)
  check(
    after.reserved === after.reservations && after.reserved <= after.stocked,
    `stocked ${after.stocked} − reserved ${after.reserved} = ${after.stocked - after.reserved} available; ` +
      `reserved equals the live reservations (${after.reservations}); ${after.held} units still held by tickets`
  )
} catch (error) {
  failures.push(`The race could not run: ${error.stack ?? error.message}`)
} finally {
  if (failures.length && stack) console.log(`\n${stack.logTails(20)}`)
  await stack?.stop()
}

const took = `${((Date.now() - started) / 1000).toFixed(0)} s`
if (failures.length) {
  console.log(`\nTwo-instance race FAILED (${took}):\n${failures.map((f) => `  - ${f}`).join("\n")}`)
  process.exit(1)
}
console.log(`\nTwo-instance race passed (${took}).`)
process.exit(0)
