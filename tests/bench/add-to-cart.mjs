// `npm run bench`: add-to-cart with tickets against Medusa's core add-to-cart, in one run on
// the same data. Prints figures, not pass/fail.
//
// One embedded PostgreSQL (port 54333, data in .bench-output/), migrated and seeded with the
// demo federation, plus bench products created through the admin API. Two `medusa start`
// servers on that database: port 9003 as shipped (tickets on), port 9004 with
// FEDERATED_CART_TICKETS=off (the route runs everything but the hold: the cart lock, the
// delivery kind, Medusa's add-to-cart with its own stock check, the bonus refresh; see
// src/workflows/add-to-cart-without-tickets.ts), so the ratios measure the hold. The machine
// is noisy, so the two are measured in alternating batches and only their ratios mean much.
// `tests/bench/add-to-cart-queries.mjs` counts the database round trips of one add per mode.
//
//  1. latency: at concurrency 1 and 8, n adds per server (BENCH_N, default 240) in batches of
//     BENCH_BATCH (40), alternating servers; p50, p99, throughput, ratios tickets/core;
//  2. hot SKU: 500 shoppers at once on a variant of 100 units (tickets server): exactly 100
//     must get a line, the rest a 409; then the same 500 at once on 500 different variants.
//
// Every add is `POST /store/carts/:id/line-items` {variant_id, quantity: 1} on a fresh cart of
// its own (carts are created beforehand, untimed). Figures go to .bench-output/*.json.
//
// BENCH_PG_PORT (54333), BENCH_PORTS ("9003,9004": tickets, core) and BENCH_OUTPUT (a folder
// under the repo, default .bench-output) let a second run go beside the first.
import os from "node:os"
import path from "node:path"
import { performance } from "node:perf_hooks"
import { root } from "../../scripts/lib/paths.mjs"
import { gitDescription, writeFigures } from "../lib/bench-output.mjs"
import { seedBenchCatalogue } from "../lib/bench-catalogue.mjs"
import { runOnOwnStack, stockOf } from "../lib/own-stack.mjs"
import { addLine, adminClient, createCarts, inPool, percentile, statusCounts, storeClient } from "../lib/shoppers.mjs"

const N = Number(process.env.BENCH_N ?? 240)
const BATCH = Number(process.env.BENCH_BATCH ?? 40)
const WARMUP = 24
const CONCURRENCIES = [1, 8]
const SHOPPERS = 500
const HOT_STOCK = 100
const SPREAD_STOCK = 10_000
const HOT_SKU = "BENCH-HOT"
const output = path.join(root, process.env.BENCH_OUTPUT ?? ".bench-output")
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54333)
const [TICKETS_PORT, CORE_PORT] = (process.env.BENCH_PORTS ?? "9003,9004").split(",").map(Number)

const MODES = [
  { name: "tickets", port: TICKETS_PORT, env: {} },
  { name: "core", port: CORE_PORT, env: { FEDERATED_CART_TICKETS: "off" } },
]

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "–")

/** `count` adds at `concurrency`, each on its own cart; the wall time of the whole batch. */
async function addBatch(client, carts, variantFor, concurrency) {
  const started = performance.now()
  const responses = await inPool(carts, concurrency, (cartId, i) => addLine(client, cartId, variantFor(i)))
  return { responses, wallMs: performance.now() - started }
}

function summarise(responses, wallMs) {
  const ok = responses.filter((r) => r.status === 200)
  const times = ok.map((r) => r.ms)
  return {
    n: responses.length,
    ok: ok.length,
    statuses: statusCounts(responses),
    p50_ms: percentile(times, 50),
    p99_ms: percentile(times, 99),
    throughput_rps: responses.length / (wallMs / 1000),
    wall_ms: wallMs,
  }
}

/** Both servers at one concurrency, in alternating batches (ABBA…), after a warm-up each. */
async function latencyRun(clients, cartsByMode, variants, concurrency) {
  let cursor = 0
  const variantFor = () => variants[cursor++ % variants.length]
  for (const mode of MODES) {
    await addBatch(clients[mode.name], cartsByMode[mode.name].splice(0, WARMUP), variantFor, concurrency)
  }
  const collected = Object.fromEntries(MODES.map((mode) => [mode.name, { responses: [], wallMs: 0 }]))
  for (let batch = 0; batch < Math.ceil(N / BATCH); batch++) {
    const order = batch % 2 === 0 ? MODES : [...MODES].reverse()
    for (const mode of order) {
      const size = Math.min(BATCH, N - batch * BATCH)
      const { responses, wallMs } = await addBatch(
        clients[mode.name],
        cartsByMode[mode.name].splice(0, size),
        variantFor,
        concurrency
      )
      collected[mode.name].responses.push(...responses)
      collected[mode.name].wallMs += wallMs
    }
  }
  return Object.fromEntries(
    MODES.map((mode) => [mode.name, summarise(collected[mode.name].responses, collected[mode.name].wallMs)])
  )
}

/** All shoppers at once, one add each, on the tickets server. */
async function burst(client, carts, variantFor) {
  const { responses, wallMs } = await addBatch(client, carts, variantFor, carts.length)
  const other = responses.filter((r) => r.status !== 200 && r.status !== 409)
  const conflicts = responses.filter((r) => r.status === 409)
  const conflictMessages = {}
  for (const { json } of conflicts) conflictMessages[json?.message] = (conflictMessages[json?.message] ?? 0) + 1
  return {
    ...summarise(responses, wallMs),
    conflicts: conflicts.length,
    conflict_messages: conflictMessages,
    other_examples: other.slice(0, 3).map((r) => `${r.status} ${r.text.slice(0, 200)}`),
  }
}

function printReport(figures) {
  const { latency, hot, spread } = figures
  const mark = (ok) => (ok ? "✓" : "✗")
  console.log(`\nAdd-to-cart benchmark (${figures.measured_at}, code ${figures.code}, ${figures.machine})`)
  console.log(`\n  mode      conc     n   2xx    p50 ms   p99 ms   req/s`)
  for (const { concurrency, modes } of latency) {
    for (const mode of MODES) {
      const m = modes[mode.name]
      console.log(
        `  ${mode.name.padEnd(8)} ${String(concurrency).padStart(5)} ${String(m.n).padStart(5)} ${String(m.ok).padStart(5)} ` +
          `${fixed(m.p50_ms).padStart(9)} ${fixed(m.p99_ms).padStart(8)} ${fixed(m.throughput_rps).padStart(7)}`
      )
    }
  }
  console.log(`\n  ratios tickets/core   p50 (≤ 1.15)   p99 (≤ 1.30)   throughput (≥ 0.90)`)
  for (const { concurrency, ratios } of latency) {
    console.log(
      `  concurrency ${String(concurrency).padEnd(9)} ${fixed(ratios.p50, 2).padStart(6)} ${mark(ratios.p50 <= 1.15)}` +
        `       ${fixed(ratios.p99, 2).padStart(6)} ${mark(ratios.p99 <= 1.3)}       ${fixed(ratios.throughput, 2).padStart(6)} ${mark(ratios.throughput >= 0.9)}`
    )
  }
  console.log(`\n  ${SHOPPERS} shoppers at once (tickets server)   lines   409s   other   req/s   wall`)
  console.log(
    `  hot SKU, ${HOT_STOCK} units ${" ".repeat(19)}${String(hot.ok).padStart(5)} ${String(hot.conflicts).padStart(6)} ` +
      `${String(hot.n - hot.ok - hot.conflicts).padStart(7)} ${fixed(hot.throughput_rps).padStart(7)}   ${seconds(hot.wall_ms)}`
  )
  console.log(
    `  ${SHOPPERS} different SKUs ${" ".repeat(17)}${String(spread.ok).padStart(5)} ${String(spread.conflicts).padStart(6)} ` +
      `${String(spread.n - spread.ok - spread.conflicts).padStart(7)} ${fixed(spread.throughput_rps).padStart(7)}   ${seconds(spread.wall_ms)}`
  )
  console.log(`  hot/spread throughput ${fixed(figures.hot_over_spread, 2)} ${mark(figures.hot_over_spread >= 0.8)} (≥ 0.80)`)
  console.log(
    `  hot item after the burst: ${figures.hot_stock.held} units held by tickets, reserved_quantity ` +
      `${figures.hot_stock.reserved} ${mark(hot.ok === HOT_STOCK && figures.hot_stock.reserved === HOT_STOCK && figures.hot_stock.held === HOT_STOCK)}` +
      ` (exactly ${HOT_STOCK} lines, ${HOT_STOCK} reserved, ${HOT_STOCK} held)`
  )
  for (const [message, count] of Object.entries(hot.conflict_messages)) console.log(`  ${count} × 409 "${message}"`)
  for (const example of [...hot.other_examples, ...spread.other_examples]) console.log(`  other answer: ${example}`)
  if (!figures.tickets_active) {
    console.log(
      "\n  Note: the tickets server took no ticket (no 409, nothing held): add-to-cart is still Medusa's" +
        " plain route, so both columns measure core."
    )
  }
}

const started = Date.now()
const loadAtStart = os.loadavg()[0]
console.log(`Starting PostgreSQL (${PG_PORT}), migrating, seeding the demo, booting both servers…`)
await runOnOwnStack(
  {
    dataDir: output,
    pgPort: PG_PORT,
    servers: MODES.map(({ name, port, env }) => ({ name, port, env })),
  },
  async (stack) => {
    const clients = Object.fromEntries(
      stack.servers.map((server) => [server.name, storeClient(server.url, stack.demo.publishable_key)])
    )
    const admin = await adminClient(stack.servers[0].url)
    const variants = await seedBenchCatalogue(admin, stack.sql, {
      hotSku: HOT_SKU,
      hotStock: HOT_STOCK,
      spread: SHOPPERS,
      spreadStock: SPREAD_STOCK,
    })
    console.log(`Stack ready in ${seconds(Date.now() - started)}; creating carts…`)

    const perMode = CONCURRENCIES.length * (WARMUP + N)
    const allCarts = await createCarts(Object.values(clients), stack.demo.region_id, MODES.length * perMode + 2 * SHOPPERS)
    const cartsByMode = Object.fromEntries(MODES.map((mode, i) => [mode.name, allCarts.slice(i * perMode, (i + 1) * perMode)]))
    const burstCarts = allCarts.slice(MODES.length * perMode)

    const latency = []
    for (const concurrency of CONCURRENCIES) {
      console.log(`Latency at concurrency ${concurrency}: ${N} adds per server in batches of ${BATCH}…`)
      const modes = await latencyRun(clients, cartsByMode, variants.spread, concurrency)
      const ratio = (key) => modes.tickets[key] / modes.core[key]
      latency.push({
        concurrency,
        modes,
        ratios: { p50: ratio("p50_ms"), p99: ratio("p99_ms"), throughput: ratio("throughput_rps") },
      })
    }

    console.log(`${SHOPPERS} shoppers at once on ${SHOPPERS} different SKUs, then on one SKU of ${HOT_STOCK} units…`)
    const spread = await burst(clients.tickets, burstCarts.slice(0, SHOPPERS), (i) => variants.spread[i])
    const hot = await burst(clients.tickets, burstCarts.slice(SHOPPERS), () => variants.hot)
    const hotStock = await stockOf(stack.sql, HOT_SKU)

    const figures = {
      measured_at: new Date().toISOString(),
      code: gitDescription(),
      machine: `${os.cpus().length} cores, loopback, load average ${loadAtStart.toFixed(1)} at the start and ${os.loadavg()[0].toFixed(1)} at the end`,
      settings: { n: N, batch: BATCH, warmup: WARMUP, shoppers: SHOPPERS, hot_stock: HOT_STOCK },
      latency,
      spread,
      hot,
      hot_over_spread: hot.throughput_rps / spread.throughput_rps,
      hot_stock: hotStock,
      tickets_active: hot.conflicts > 0 || hotStock.held > 0,
    }
    printReport(figures)
    writeFigures(output, "add-to-cart", figures, started)
  }
)
