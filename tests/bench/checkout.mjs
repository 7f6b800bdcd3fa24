// `npm run bench:checkout`: the federated checkout of a 3-store cart against Medusa core's
// completion of a 1-store cart, in one run on the same data. Prints figures, not pass/fail
// (target: p50 ratio federated/core ≤ 1.5).
//
// One embedded PostgreSQL (port 54391, data in .bench-output/checkout/), migrated and seeded
// with the demo federation, and two `medusa start` servers (production mode) on it:
//  - federated, port 54392, as shipped: `POST /store/carts/:id/complete` is the plugin's
//    override, which runs completeFederatedCheckoutWorkflow (tickets on);
//  - core, port 54393, with FEDERATED_CART_TICKETS=off (plain Medusa carts, as the
//    add-to-cart benchmark's baseline) and `--require tests/bench/core-complete-route.cjs`,
//    which hands Medusa's route loader core's own completion route module in place of the
//    plugin's override: the same path, core's handler, core's `completeCartWorkflow`. The
//    rest of the plugin stays loaded on both (its middlewares on that path, its validate
//    hook on completeCartWorkflow, its subscribers), so the difference is the checkout.
//
// The cart of each sample is prepared untimed through the store API, as a storefront does
// (tests/helpers/checkout.ts): lines added, e-mail and addresses, the first shipping option of
// each line's shipping profile (one per store: each demo store ships its own profile),
// a payment collection and a session with the system provider (pp_system_default). Then only
// `POST /store/carts/:id/complete` is timed. Federated: one line from each store (TW-TALES-HC,
// HT-LF-TEE-M, LF-GUILD-30D); core: one line from one store, the three in turn. The shared
// print's item (50 units) is not used; the three items are restocked to 100,000 before the
// servers start. Samples alternate federated/core (ABBA…), one at a time (concurrency 1),
// after BENCH_WARMUP (4) warm-ups each; BENCH_N (40) timed samples each. Each cart is
// prepared just before it is completed, so held units never run out while waiting.
//
// Ports: BENCH_PG_PORT (54391), BENCH_PORTS ("54392,54393"). BENCH_SERVER_NODE_OPTIONS is
// appended to both servers' NODE_OPTIONS (e.g. a profiling preload). Figures go to
// .bench-output/checkout/checkout-<time>.json.
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { root } from "../../scripts/lib/paths.mjs"
import { gitDescription, writeFigures } from "../lib/bench-output.mjs"
import { startOwnStack } from "../lib/own-stack.mjs"
import { expectStatus, percentile, prepareCheckout, statusCounts, storeClient } from "../lib/shoppers.mjs"

const N = Number(process.env.BENCH_N ?? 40)
const WARMUP = Number(process.env.BENCH_WARMUP ?? 4)
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54391)
const [FEDERATED_PORT, CORE_PORT] = (process.env.BENCH_PORTS ?? "54392,54393").split(",").map(Number)
const TARGET = 1.5
const STOCK = 100_000
const output = path.join(root, ".bench-output", "checkout")

const STORE_SKUS = ["TW-TALES-HC", "HT-LF-TEE-M", "LF-GUILD-30D"] // Tidewater, Harbor Thread, Lantern Forge
const preload = path.join(root, "tests/bench/core-complete-route.cjs")
const extraNodeOptions = process.env.BENCH_SERVER_NODE_OPTIONS ?? ""
const nodeOptions = (...parts) => [process.env.NODE_OPTIONS ?? "", ...parts, extraNodeOptions].filter(Boolean).join(" ")

const MODES = [
  {
    name: "federated",
    what: "3 stores, 3 lines",
    port: FEDERATED_PORT,
    env: { PORT: String(FEDERATED_PORT), NODE_OPTIONS: nodeOptions() },
  },
  {
    name: "core",
    what: "1 store, 1 line",
    port: CORE_PORT,
    env: {
      PORT: String(CORE_PORT),
      FEDERATED_CART_TICKETS: "off",
      NODE_OPTIONS: nodeOptions(`--require ${preload}`),
    },
  },
]

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "–")

/** Restocks the items behind the bench SKUs at every location, before any server reads them. */
async function restock(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query(
      `UPDATE inventory_level l
          SET stocked_quantity = $2::numeric, raw_stocked_quantity = jsonb_build_object('value', $3::text, 'precision', 20)
         FROM product_variant pv
         JOIN product_variant_inventory_item pvii ON pvii.variant_id = pv.id AND pvii.deleted_at IS NULL
        WHERE pv.sku = ANY($1) AND pv.deleted_at IS NULL
          AND l.inventory_item_id = pvii.inventory_item_id AND l.deleted_at IS NULL`,
      [STORE_SKUS, STOCK, String(STOCK)]
    )
    if (rowCount < STORE_SKUS.length) throw new Error(`Restocked ${rowCount} levels for ${STORE_SKUS.length} SKUs.`)
  } finally {
    await client.end()
  }
}

/**
 * A cart ready for completion, through the store API (untimed): its lines, then what the
 * standard flow sets before completion (one shipping method per store, a system payment).
 */
async function prepareCart(client, regionId, lines) {
  const { cart } = expectStatus(await client.request("POST", "/store/carts", { region_id: regionId }), "Creating a cart")
  for (const line of lines) {
    expectStatus(
      await client.request("POST", `/store/carts/${cart.id}/line-items`, { variant_id: line.variant_id, quantity: 1 }),
      "Adding a line"
    )
  }
  const ready = await prepareCheckout(client, cart.id)
  if (!ready.ok) {
    throw new Error(`Cart ${cart.id}: ${ready.step} answered ${ready.response.status} ${ready.response.text ?? ""}`)
  }
  return cart.id
}

/** One sample: a cart prepared (untimed), then its completion (timed). */
async function sample(mode, client, regionId, variantsFor, i) {
  const cartId = await prepareCart(client, regionId, variantsFor(i))
  const response = await client.request("POST", `/store/carts/${cartId}/complete`)
  const orders = response.json?.order_group?.orders?.length ?? (response.json?.type === "order" ? 1 : 0)
  const ok = response.status === 200 && response.json?.type === "order"
  return { status: response.status, ok, ms: response.ms, orders, grouped: !!response.json?.order_group, text: response.text }
}

function summarise(samples) {
  const ok = samples.filter((s) => s.ok)
  const times = ok.map((s) => s.ms)
  return {
    n: samples.length,
    ok: ok.length,
    statuses: statusCounts(samples),
    orders_per_checkout: ok.length ? ok.reduce((sum, s) => sum + s.orders, 0) / ok.length : 0,
    order_groups: ok.filter((s) => s.grouped).length,
    p50_ms: percentile(times, 50),
    p99_ms: percentile(times, 99),
    mean_ms: times.reduce((a, b) => a + b, 0) / (times.length || 1),
    min_ms: Math.min(...times),
    failures: samples
      .filter((s) => !s.ok)
      .slice(0, 3)
      .map((s) => `${s.status} ${s.text.slice(0, 300)}`),
  }
}

function printReport(figures) {
  const { modes, ratios } = figures
  const mark = (ok) => (ok ? "✓" : "✗")
  console.log(`\nCheckout benchmark (${figures.measured_at}, code ${figures.code}, ${figures.machine})`)
  console.log(`\n  mode        cart                n   orders   groups    p50 ms   p99 ms   mean ms   min ms`)
  for (const mode of MODES) {
    const m = modes[mode.name]
    console.log(
      `  ${mode.name.padEnd(10)}  ${mode.what.padEnd(17)} ${String(m.ok).padStart(3)}/${m.n} ${fixed(m.orders_per_checkout, 1).padStart(6)} ` +
        `${String(m.order_groups).padStart(8)} ${fixed(m.p50_ms).padStart(9)} ${fixed(m.p99_ms).padStart(8)} ${fixed(m.mean_ms).padStart(9)} ${fixed(m.min_ms).padStart(8)}`
    )
  }
  console.log(
    `\n  ratio federated/core   p50 ${fixed(ratios.p50, 2)} ${mark(ratios.p50 <= TARGET)} (target ≤ ${TARGET})` +
      `   p99 ${fixed(ratios.p99, 2)}   mean ${fixed(ratios.mean, 2)}`
  )
  for (const mode of MODES) for (const failure of modes[mode.name].failures) console.log(`  ${mode.name} failure: ${failure}`)
  if (modes.core.order_groups > 0)
    console.log("  Note: the core server answered with an order group: the override was not replaced.")
  if (modes.federated.order_groups < modes.federated.ok)
    console.log("  Note: the federated server answered without an order group.")
}

const started = Date.now()
const loadAtStart = os.loadavg()
let stack
let exitCode = 0
try {
  console.log(
    `Starting PostgreSQL (${PG_PORT}), migrating, seeding the demo, booting both servers (${FEDERATED_PORT}, ${CORE_PORT})…`
  )
  stack = await startOwnStack({
    dataDir: output,
    pgPort: PG_PORT,
    servers: MODES.map(({ name, port, env }) => ({ name, port, env })),
    beforeServers: restock,
  })
  const clients = Object.fromEntries(
    stack.servers.map((server) => [server.name, storeClient(server.url, stack.demo.publishable_key)])
  )
  const rows = await stack.sql(
    `SELECT pv.id AS variant_id, pv.sku, psp.shipping_profile_id
       FROM product_variant pv JOIN product_shipping_profile psp ON psp.product_id = pv.product_id AND psp.deleted_at IS NULL
      WHERE pv.sku = ANY($1) AND pv.deleted_at IS NULL`,
    [STORE_SKUS]
  )
  const lineOf = new Map(
    rows.map((row) => [row.sku, { variant_id: row.variant_id, shipping_profile_id: row.shipping_profile_id }])
  )
  const storeVariants = STORE_SKUS.map((sku) => lineOf.get(sku))
  if (storeVariants.some((line) => !line))
    throw new Error(`Missing demo variants: ${STORE_SKUS.filter((sku) => !lineOf.get(sku))}`)
  if (new Set(rows.map((row) => row.shipping_profile_id)).size !== STORE_SKUS.length) {
    throw new Error("The three bench products do not ship with three different shipping profiles.")
  }
  const variantsFor = {
    federated: () => storeVariants,
    core: (i) => [storeVariants[i % storeVariants.length]],
  }
  const regionId = stack.demo.region_id
  console.log(
    `Stack ready in ${seconds(Date.now() - started)}; ${WARMUP} warm-ups and ${N} timed checkouts per server, alternating…`
  )

  for (let i = 0; i < WARMUP; i++) {
    for (const mode of MODES) {
      const result = await sample(mode, clients[mode.name], regionId, variantsFor[mode.name], i)
      if (!result.ok) throw new Error(`Warm-up checkout on ${mode.name} failed: ${result.status} ${result.text.slice(0, 500)}`)
    }
  }
  const collected = Object.fromEntries(MODES.map((mode) => [mode.name, []]))
  for (let i = 0; i < N; i++) {
    const order = i % 2 === 0 ? MODES : [...MODES].reverse()
    for (const mode of order)
      collected[mode.name].push(await sample(mode, clients[mode.name], regionId, variantsFor[mode.name], i))
    if ((i + 1) % 10 === 0) console.log(`  ${i + 1}/${N}`)
  }

  const modes = Object.fromEntries(MODES.map((mode) => [mode.name, summarise(collected[mode.name])]))
  const ratio = (key) => modes.federated[key] / modes.core[key]
  const figures = {
    measured_at: new Date().toISOString(),
    code: gitDescription(),
    machine:
      `${os.cpus().length} cores, loopback, load average (1/5/15 min) ${loadAtStart.map((l) => l.toFixed(1)).join("/")} at the start` +
      ` and ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join("/")} at the end`,
    settings: { n: N, warmup: WARMUP, federated_skus: STORE_SKUS, core_skus: "one of the three in turn", concurrency: 1 },
    modes,
    ratios: { p50: ratio("p50_ms"), p99: ratio("p99_ms"), mean: ratio("mean_ms") },
    samples: Object.fromEntries(MODES.map((mode) => [mode.name, collected[mode.name].map((s) => Math.round(s.ms * 10) / 10)])),
  }
  printReport(figures)
  writeFigures(output, "checkout", figures, started)
} catch (error) {
  exitCode = 1
  console.error(`\nThe benchmark could not run: ${error.stack ?? error.message}`)
  if (stack) console.error(stack.logTails())
} finally {
  await stack?.stop()
}
process.exit(exitCode)
