// `npm run bench`: stock Medusa against the same app with the packed plugin, in one run on
// one database. Prints figures and the targets next to them; it does not pass or fail.
//
// The stack (tests/lib/fresh-stack.mjs): the plugin built and packed, the fresh app of
// `npm run test:pack` in two variants (stock, and with the tarball installed as the README
// says), each `medusa build` and `medusa start` in production mode; one embedded PostgreSQL
// (port 54333, data in .bench-output/) migrated with the plugin's migrations; the catalogue
// made through the plugin's admin API in three federated stores, in the sales channel of the
// publishable key both servers use. Stock on port 9003, plugin on 9004.
//
//  1. add to cart: `POST /store/carts/:id/line-items` {variant_id, quantity: 1} on a fresh
//     cart each (carts made beforehand, untimed), at concurrency 1 and 8: BENCH_N adds per
//     server (240) after BENCH_WARMUP (24), in batches of BENCH_BATCH (40) alternating
//     between the servers, so drift falls on both. p50, p99, throughput; the CPU the server
//     and PostgreSQL spent per add, read from /proc during each batch (only one server is
//     loaded at a time, so PostgreSQL's CPU in a batch is that server's);
//  2. completion: `POST /store/carts/:id/complete` one at a time, BENCH_COMPLETIONS (20) of
//     each, rotating: stock 1-store cart, plugin 1-store cart, plugin 3-store cart (one line
//     per federated store); each cart prepared untimed (address, shipping, system payment);
//  3. BENCH_SHOPPERS (500) shoppers at once, one add each, on 500 different items and on one
//     item of 100 units: stock first (it holds nothing on add), then the plugin;
//  4. peak RSS of each server; then both restarted with tests/bench/query-counter.cjs
//     preloaded, which counts the database round trips of each request: BENCH_QUERY_N (10)
//     first adds each, one at a time (BENCH_QUERY_N=0 skips this).
//
// BENCH_PG_PORT (54333), BENCH_PORTS ("9003,9004": stock, plugin) and BENCH_OUTPUT (a folder
// under the repo, default .bench-output) move a second run beside the first. Figures go to
// <output>/add-to-cart-<time>.json; the built apps stay in <output>/apps for the next run.
import { existsSync, readFileSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { pkg } from "../../scripts/lib/fresh-app.mjs"
import { root } from "../../scripts/lib/paths.mjs"
import { gitDescription, writeFigures } from "../lib/bench-output.mjs"
import { prepareApps, seedCatalogue, startFreshStack, storeApi } from "../lib/fresh-stack.mjs"
import { runStack } from "../lib/own-stack.mjs"
import { measureCpu, peakRssMb } from "../lib/proc-stats.mjs"
import { addLine, createCarts, inPool, percentile, prepareCheckout, statusCounts } from "../lib/shoppers.mjs"

const env = process.env
const N = Number(env.BENCH_N ?? 240)
const BATCH = Number(env.BENCH_BATCH ?? 40)
const WARMUP = Number(env.BENCH_WARMUP ?? 24)
const COMPLETIONS = Number(env.BENCH_COMPLETIONS ?? 20)
const COMPLETION_WARMUP = 2
const QUERY_N = Number(env.BENCH_QUERY_N ?? 10)
const SHOPPERS = Math.min(500, Number(env.BENCH_SHOPPERS ?? 500))
const HOT_STOCK = 100
const CONCURRENCIES = [1, 8]
const output = path.join(root, env.BENCH_OUTPUT ?? ".bench-output")
const PG_PORT = Number(env.BENCH_PG_PORT ?? 54333)
const [STOCK_PORT, PLUGIN_PORT] = (env.BENCH_PORTS ?? "9003,9004").split(",").map(Number)
const SIDES = ["stock", "plugin"]
const TARGETS = { p50: 1.1, p99: 1.2, throughput: 0.95, completion: 1.1, federated: 1.3, rss: 1.1 }

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "–")
const median = (values) => percentile(values, 50)
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const isServerError = (r) => r.status >= 500 || r.status === 0

function summariseAdds({ responses, wallMs, serverCpu, pgCpu }) {
  const times = responses.filter((r) => r.status === 200).map((r) => r.ms)
  return {
    n: responses.length,
    ok: times.length,
    statuses: statusCounts(responses),
    p50_ms: percentile(times, 50),
    p99_ms: percentile(times, 99),
    throughput_rps: responses.length / (wallMs / 1000),
    server_cpu_ms_per_add: (serverCpu * 1000) / responses.length,
    pg_cpu_ms_per_add: (pgCpu * 1000) / responses.length,
    wall_ms: wallMs,
  }
}

/** Both servers at one concurrency, in alternating batches (AB BA AB…), after a warm-up each. */
async function latencyRun(stack, clients, carts, variants, concurrency) {
  let cursor = 0
  const adds = (side, cartIds) =>
    inPool(cartIds, concurrency, (cartId) => addLine(clients[side], cartId, variants[cursor++ % variants.length]))
  for (const side of SIDES) await adds(side, carts[side].splice(0, WARMUP))
  const totals = Object.fromEntries(SIDES.map((side) => [side, { responses: [], wallMs: 0, serverCpu: 0, pgCpu: 0 }]))
  for (let batch = 0; batch * BATCH < N; batch++) {
    for (const side of batch % 2 === 0 ? SIDES : [...SIDES].reverse()) {
      const size = Math.min(BATCH, N - batch * BATCH)
      const { result, wallMs, cpu } = await measureCpu({ server: stack.servers[side].pid, pg: stack.pgPid }, () =>
        adds(side, carts[side].splice(0, size))
      )
      const total = totals[side]
      total.responses.push(...result)
      total.wallMs += wallMs
      total.serverCpu += cpu.server
      total.pgCpu += cpu.pg
    }
  }
  return Object.fromEntries(SIDES.map((side) => [side, summariseAdds(totals[side])]))
}

/** Completions one at a time, the kinds in rotation; each cart prepared untimed just before. */
async function completionRun(clients, catalogue) {
  const { stores, regionId } = catalogue
  const kinds = [
    { name: "stock_1_store", side: "stock", stores: (i) => [stores[i % stores.length]] },
    { name: "plugin_1_store", side: "plugin", stores: (i) => [stores[i % stores.length]] },
    { name: "plugin_3_stores", side: "plugin", stores: () => stores },
  ]
  const samples = Object.fromEntries(kinds.map((kind) => [kind.name, []]))
  for (let i = 0; i < COMPLETION_WARMUP + COMPLETIONS; i++) {
    for (const kind of [...kinds.slice(i % 3), ...kinds.slice(0, i % 3)]) {
      const client = clients[kind.side]
      const cartStores = kind.stores(i)
      const { json } = await client.request("POST", "/store/carts", { region_id: regionId })
      const cartId = json?.cart?.id
      const added = cartId && (await Promise.all(cartStores.map((store) => addLine(client, cartId, store.checkoutVariant))))
      const ready =
        added?.every((r) => r.status === 200) &&
        (await prepareCheckout(client, cartId, { storeName: cartStores.length === 1 ? cartStores[0].name : undefined })).ok
      const response = ready
        ? await client.request("POST", `/store/carts/${cartId}/complete`)
        : { status: 0, text: "not prepared" }
      const orders = response.json?.order_group?.orders?.length ?? (response.json?.type === "order" ? 1 : 0)
      if (i >= COMPLETION_WARMUP) samples[kind.name].push({ ...response, placed: response.json?.type === "order", orders })
    }
  }
  return Object.fromEntries(
    kinds.map(({ name }) => {
      const placed = samples[name].filter((s) => s.placed)
      const times = placed.map((s) => s.ms)
      return [
        name,
        {
          n: samples[name].length,
          placed: placed.length,
          orders_per_checkout: placed.length ? placed.reduce((sum, s) => sum + s.orders, 0) / placed.length : 0,
          p50_ms: percentile(times, 50),
          p99_ms: percentile(times, 99),
          failures: samples[name]
            .filter((s) => !s.placed)
            .slice(0, 3)
            .map((s) => `${s.status} ${(s.text ?? "").slice(0, 200)}`),
        },
      ]
    })
  )
}

/** Every shopper at once, one add each, on one server. */
async function burst(stack, client, side, cartIds, variantFor) {
  const { result: responses, wallMs } = await measureCpu({ server: stack.servers[side].pid }, () =>
    Promise.all(cartIds.map((cartId, i) => addLine(client, cartId, variantFor(i))))
  )
  const messages = {}
  for (const r of responses.filter((r) => r.status === 409)) messages[r.json?.message] = (messages[r.json?.message] ?? 0) + 1
  return {
    n: responses.length,
    ok: responses.filter((r) => r.status === 200).length,
    conflicts: responses.filter((r) => r.status === 409).length,
    server_errors: responses.filter(isServerError).length,
    statuses: statusCounts(responses),
    conflict_messages: messages,
    throughput_rps: responses.length / (wallMs / 1000),
    wall_ms: wallMs,
    other_examples: responses
      .filter((r) => r.status !== 200 && r.status !== 409)
      .slice(0, 3)
      .map((r) => `${r.status} ${r.text.slice(0, 200)}`),
  }
}

/** Restarts each server with the query counter preloaded; the median round trips of a first add. */
async function roundTrips(stack, catalogue) {
  const preload = path.join(root, "tests/bench/query-counter.cjs")
  const file = (side) => path.join(output, `queries-${side}.jsonl`)
  await Promise.all(
    SIDES.map((side) => {
      rmSync(file(side), { force: true })
      const nodeOptions = [env.NODE_OPTIONS ?? "", `--require ${preload}`].filter(Boolean).join(" ")
      return stack.restart(side, { NODE_OPTIONS: nodeOptions, QUERY_COUNTER_FILE: file(side) })
    })
  )
  const result = {}
  for (const side of SIDES) {
    const client = storeApi(stack.servers[side], catalogue.publishableKey)
    const carts = await createCarts([client], catalogue.regionId, QUERY_N + 2, 1)
    for (const [i, cartId] of carts.entries()) {
      await addLine(client, cartId, catalogue.spread[(SHOPPERS + i) % catalogue.spread.length])
      await sleep(350) // the counter writes a request's line 300 ms after its answer
    }
    await sleep(500)
    const counted = existsSync(file(side))
      ? readFileSync(file(side), "utf8")
          .trim()
          .split("\n")
          .map((line) => JSON.parse(line))
          .filter((line) => line.method === "POST" && /\/line-items(\?|$)/.test(line.url) && line.status === 200)
          .slice(2) // two warm-ups
      : []
    result[side] = { n: counted.length, median: median(counted.map((line) => line.queries)) }
  }
  return result
}

function printReport(figures) {
  const { latency, completion, bursts, rss_mb: rss, round_trips: trips } = figures
  const cell = (value, digits) => fixed(value, digits).padStart(10)
  const row = (label, stock, plugin, { digits = 1, target, atLeast = false, ratio = plugin / stock } = {}) => {
    const met = target === undefined ? "" : (atLeast ? ratio >= target : ratio <= target) ? " ✓" : " ✗"
    const goal = target === undefined ? "" : `${atLeast ? "≥" : "≤"} ${target.toFixed(2)}${met}`
    console.log(`  ${label.padEnd(46)}${cell(stock, digits)}${cell(plugin, digits)}${cell(ratio, 2).padStart(14)}   ${goal}`)
  }
  console.log(`\nStock Medusa vs Medusa + ${pkg.name} (${figures.measured_at}, code ${figures.code}, ${figures.machine})`)
  console.log(`\n  ${"".padEnd(46)}${"stock".padStart(10)}${"plugin".padStart(10)}${"plugin/stock".padStart(14)}   target`)
  console.log(`  POST /store/carts/:id/line-items, ${N} per server per concurrency, batches of ${BATCH}`)
  for (const { concurrency, sides } of latency) {
    const [s, p] = [sides.stock, sides.plugin]
    const c = `c=${concurrency}`
    row(`${c}  p50 ms`, s.p50_ms, p.p50_ms, concurrency === 1 ? { target: TARGETS.p50 } : {})
    row(`${c}  p99 ms`, s.p99_ms, p.p99_ms, { target: TARGETS.p99 })
    row(`${c}  throughput, adds/s`, s.throughput_rps, p.throughput_rps, {
      digits: 2,
      ...(concurrency === 8 ? { target: TARGETS.throughput, atLeast: true } : {}),
    })
    row(`${c}  server CPU ms / add`, s.server_cpu_ms_per_add, p.server_cpu_ms_per_add)
    row(`${c}  PostgreSQL CPU ms / add`, s.pg_cpu_ms_per_add, p.pg_cpu_ms_per_add)
    if (s.ok < s.n || p.ok < p.n)
      console.log(`       answers: stock ${JSON.stringify(s.statuses)}, plugin ${JSON.stringify(p.statuses)}`)
  }
  if (trips)
    row(`database round trips / add (median of ${trips.plugin.n})`, trips.stock.median, trips.plugin.median, {
      digits: 0,
    })
  row("peak RSS MB", rss.stock, rss.plugin, { digits: 0, target: TARGETS.rss })

  const [stock1, plugin1, plugin3] = [completion.stock_1_store, completion.plugin_1_store, completion.plugin_3_stores]
  console.log(`  POST /store/carts/:id/complete, one at a time, ${COMPLETIONS} each`)
  row("1-store cart p50 ms", stock1.p50_ms, plugin1.p50_ms, {
    target: TARGETS.completion,
  })
  row("1-store cart p99 ms", stock1.p99_ms, plugin1.p99_ms)
  row("3-store cart (plugin) / 1-store (stock) p50", stock1.p50_ms, plugin3.p50_ms, { target: TARGETS.federated })
  console.log(
    `       3-store checkouts placed ${plugin3.placed}/${plugin3.n}, ${fixed(plugin3.orders_per_checkout, 1)} orders each`
  )
  for (const [name, c] of Object.entries(completion))
    for (const failure of c.failures) console.log(`       ${name} not placed: ${failure}`)

  console.log(`\n  ${SHOPPERS} shoppers at once, one add each     2xx    409    5xx  other   adds/s     wall`)
  for (const side of SIDES) {
    for (const [kind, b] of [
      [`${SHOPPERS} different items`, bursts[side].spread],
      [`one item of ${HOT_STOCK} units`, bursts[side].hot],
    ]) {
      const other = b.n - b.ok - b.conflicts - b.server_errors
      console.log(
        `  ${side.padEnd(7)}${kind.padEnd(30)}${String(b.ok).padStart(6)} ${String(b.conflicts).padStart(6)} ` +
          `${String(b.server_errors).padStart(6)} ${String(other).padStart(6)} ${fixed(b.throughput_rps).padStart(8)} ${seconds(b.wall_ms).padStart(8)}`
      )
    }
  }
  row("throughput hot item / different items", figures.hot_over_spread.stock, figures.hot_over_spread.plugin, { ratio: NaN })
  for (const side of SIDES) {
    for (const [message, count] of Object.entries(bursts[side].hot.conflict_messages)) {
      console.log(`  ${side}: ${count} × 409 "${message}"`)
    }
    for (const example of [...bursts[side].spread.other_examples, ...bursts[side].hot.other_examples]) {
      console.log(`  ${side} other answer: ${example}`)
    }
  }
  console.log(`  hot item afterwards: reserved_quantity ${figures.hot_reserved} of ${HOT_STOCK} stocked`)
  console.log(
    "  (stock Medusa checks stock on add but holds nothing, so all its shoppers get a line; the plugin holds a unit per line)"
  )
}

const started = Date.now()
const loadAtStart = os.loadavg()[0]
await runStack(
  () => {
    console.log("Building the plugin and the two fresh apps (stock, with the packed plugin)…")
    const apps = prepareApps(output)
    console.log(`PostgreSQL (${PG_PORT}), migrations, servers: stock ${STOCK_PORT}, plugin ${PLUGIN_PORT}…`)
    return startFreshStack({
      apps,
      dataDir: output,
      pgPort: PG_PORT,
      servers: [
        { name: "stock", variant: "stock", port: STOCK_PORT },
        { name: "plugin", variant: "plugin", port: PLUGIN_PORT },
      ],
    })
  },
  async (stack) => {
    const catalogue = await seedCatalogue(stack, { hotStock: HOT_STOCK, spread: 500 })
    const clients = Object.fromEntries(SIDES.map((side) => [side, storeApi(stack.servers[side], catalogue.publishableKey)]))
    console.log(`Stack ready and seeded in ${seconds(Date.now() - started)}; creating carts…`)
    // Each server's carts are made on that server (the plugin may keep state of its own per cart).
    const perSide = CONCURRENCIES.length * (WARMUP + N) + 2 * SHOPPERS
    const carts = {}
    for (const side of SIDES) carts[side] = await createCarts([clients[side]], catalogue.regionId, perSide)

    const latency = []
    for (const concurrency of CONCURRENCIES) {
      console.log(`Add to cart at concurrency ${concurrency}: ${N} per server in alternating batches of ${BATCH}…`)
      latency.push({ concurrency, sides: await latencyRun(stack, clients, carts, catalogue.spread, concurrency) })
    }
    console.log(`Completions: ${COMPLETIONS} each of stock 1-store, plugin 1-store, plugin 3-store…`)
    const completion = await completionRun(clients, catalogue)

    console.log(`${SHOPPERS} shoppers at once, on ${SHOPPERS} items then on one of ${HOT_STOCK} units: stock, then plugin…`)
    const bursts = {}
    for (const side of SIDES) {
      const burstCarts = carts[side].splice(0, 2 * SHOPPERS)
      bursts[side] = {
        spread: await burst(stack, clients[side], side, burstCarts.slice(0, SHOPPERS), (i) => catalogue.spread[i]),
        hot: await burst(stack, clients[side], side, burstCarts.slice(SHOPPERS), () => catalogue.hot),
      }
    }
    const [{ reserved }] = await stack.sql(
      `SELECT coalesce(sum(l.reserved_quantity), 0)::int AS reserved
       FROM inventory_level l JOIN product_variant_inventory_item pvii ON pvii.inventory_item_id = l.inventory_item_id
      WHERE pvii.variant_id = $1 AND l.deleted_at IS NULL AND pvii.deleted_at IS NULL`,
      [catalogue.hot]
    )
    const rss = Object.fromEntries(SIDES.map((side) => [side, peakRssMb(stack.servers[side].pid)]))

    let trips
    if (QUERY_N > 0) {
      console.log(`Round trips: both servers restarted with the query counter, ${QUERY_N} first adds each…`)
      trips = await roundTrips(stack, catalogue)
    }

    const figures = {
      measured_at: new Date().toISOString(),
      code: gitDescription(),
      machine: `${os.cpus().length} cores, loopback, load ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end`,
      settings: { n: N, batch: BATCH, warmup: WARMUP, completions: COMPLETIONS, shoppers: SHOPPERS, hot_stock: HOT_STOCK },
      latency: latency.map(({ concurrency, sides }) => ({
        concurrency,
        sides,
        ratios: {
          p50: sides.plugin.p50_ms / sides.stock.p50_ms,
          p99: sides.plugin.p99_ms / sides.stock.p99_ms,
          throughput: sides.plugin.throughput_rps / sides.stock.throughput_rps,
        },
      })),
      completion,
      completion_ratios: {
        one_store_p50: completion.plugin_1_store.p50_ms / completion.stock_1_store.p50_ms,
        three_store_p50_over_stock_one_store: completion.plugin_3_stores.p50_ms / completion.stock_1_store.p50_ms,
      },
      bursts,
      hot_over_spread: Object.fromEntries(
        SIDES.map((side) => [side, bursts[side].hot.throughput_rps / bursts[side].spread.throughput_rps])
      ),
      hot_reserved: reserved,
      rss_mb: rss,
      round_trips: trips,
      targets: TARGETS,
    }
    printReport(figures)
    writeFigures(output, "add-to-cart", figures, started)
  }
)
