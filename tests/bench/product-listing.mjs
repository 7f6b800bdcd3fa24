// `npm run bench:listing`: Medusa's store product listing with the plugin's visibility rules
// against the same listing without them, in one run on the same data. Prints figures, not
// pass/fail.
//
// One embedded PostgreSQL (BENCH_PG_PORT, default 54335; data in .bench-output/listing/),
// migrated and seeded with the demo federation, then 10,000 products (BENCH_PRODUCTS) in the
// Federation channel of which 1,000 are hidden (500 protected, 500 private), written by
// tests/bench/seed-product-listing.ts through `medusa exec`. Two `medusa start` servers on
// that database: one as shipped ("rules") and one with FEDERATED_CART_VISIBILITY=off
// ("core": the visibility middlewares hide nothing, so the listing is Medusa's own).
//
// Each scenario is a `GET /store/products` (pages at several sizes and offsets, a search
// `q=`, and one with a shopper's cart in `x-cart-id`), sent one at a time, BENCH_N times per
// server (default 200) in batches of BENCH_BATCH (20) that alternate servers (ABBA…), so
// the machine's drift falls on both. p50, p99 and the p50 ratio rules/core (target ≤ 1.1).
import { spawnSync } from "node:child_process"
import { mkdirSync, readFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { root } from "../../scripts/lib/paths.mjs"
import { gitDescription, writeFigures } from "../lib/bench-output.mjs"
import { runOnOwnStack } from "../lib/own-stack.mjs"
import { createCarts, expectStatus, percentile, storeClient } from "../lib/shoppers.mjs"
import { httpClient } from "../../scripts/lib/http.mjs"

const N = Number(process.env.BENCH_N ?? 200)
const BATCH = Number(process.env.BENCH_BATCH ?? 20)
const WARMUP = 10
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54335)
const [RULES_PORT, CORE_PORT] = (process.env.BENCH_PORTS ?? "9007,9008").split(",").map(Number)
const output = path.join(root, ".bench-output", "listing")
const medusaBin = path.join(root, "node_modules/@medusajs/cli/cli.js")

const MODES = [
  { name: "rules", port: RULES_PORT, env: {} },
  { name: "core", port: CORE_PORT, env: { FEDERATED_CART_VISIBILITY: "off" } },
]

const SCENARIOS = [
  { name: "first page, 20", route: "/store/products?limit=20&offset=0" },
  { name: "first page, 100", route: "/store/products?limit=100&offset=0" },
  { name: "deep page, 50 at 5,000", route: "/store/products?limit=50&offset=5000" },
  { name: "search q=lantern, 20", route: "/store/products?q=lantern&limit=20" },
  { name: "with a cart (x-cart-id), 20", route: "/store/products?limit=20&offset=40", withCart: true },
]

const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "–")
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`

function seedProducts(databaseUrl) {
  const seedOutput = path.join(output, "seed.json")
  const result = spawnSync(process.execPath, [medusaBin, "exec", "./tests/bench/seed-product-listing.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", BENCH_SEED_OUTPUT: seedOutput },
    encoding: "utf8",
  })
  if (result.status !== 0) {
    throw new Error(`Seeding the listing products failed:\n${result.stdout}${result.stderr}`)
  }
  return JSON.parse(readFileSync(seedOutput, "utf8"))
}

/** `count` requests, one at a time. */
async function sequential(client, route, count) {
  const answers = []
  for (let i = 0; i < count; i++) answers.push(await client.request("GET", route))
  return answers
}

/** One scenario on both servers in alternating batches, after a warm-up each. */
async function measure(clientsFor, scenario) {
  for (const mode of MODES) await sequential(clientsFor(mode.name), scenario.route, WARMUP)
  const answers = Object.fromEntries(MODES.map((mode) => [mode.name, []]))
  for (let batch = 0; batch < Math.ceil(N / BATCH); batch++) {
    const order = batch % 2 === 0 ? MODES : [...MODES].reverse()
    for (const mode of order) {
      answers[mode.name].push(...(await sequential(clientsFor(mode.name), scenario.route, Math.min(BATCH, N - batch * BATCH))))
    }
  }
  const modes = Object.fromEntries(
    MODES.map((mode) => {
      const list = answers[mode.name]
      const ok = list.filter((answer) => answer.status === 200)
      const times = ok.map((answer) => answer.ms)
      return [
        mode.name,
        {
          n: list.length,
          ok: ok.length,
          count: ok[0]?.json?.count,
          p50_ms: percentile(times, 50),
          p99_ms: percentile(times, 99),
          errors: list
            .filter((answer) => answer.status !== 200)
            .slice(0, 2)
            .map((a) => `${a.status} ${a.text.slice(0, 200)}`),
        },
      ]
    })
  )
  return {
    scenario: scenario.name,
    route: scenario.route,
    modes,
    p50_ratio: modes.rules.p50_ms / modes.core.p50_ms,
    p99_ratio: modes.rules.p99_ms / modes.core.p99_ms,
  }
}

/** Whether the rules server leaked a hidden product on any page (the listing must stay right while fast). */
async function leaksOnRules(client, hiddenIds) {
  const hidden = new Set(hiddenIds)
  const { products, count } = expectStatus(
    await client.request("GET", "/store/products?limit=1000&offset=0&fields=id"),
    "Listing"
  )
  return { count, leaked: products.filter((product) => hidden.has(product.id)).length }
}

function printReport(figures) {
  const mark = (ok) => (ok ? "✓" : "✗")
  console.log(`\nStore product listing benchmark (${figures.measured_at}, code ${figures.code}, ${figures.machine})`)
  console.log(
    `${figures.seed.products} products, ${figures.seed.hidden} hidden; ${N} requests per server and scenario, one at a time\n`
  )
  console.log(
    `  scenario                        rules p50  core p50   rules p99  core p99   p50 ratio (≤ 1.10)  p99 ratio   counts rules/core`
  )
  for (const row of figures.scenarios) {
    const { rules, core } = row.modes
    console.log(
      `  ${row.scenario.padEnd(30)} ${fixed(rules.p50_ms).padStart(9)} ${fixed(core.p50_ms).padStart(9)} ${fixed(rules.p99_ms).padStart(11)} ` +
        `${fixed(core.p99_ms).padStart(9)}   ${fixed(row.p50_ratio, 2).padStart(8)} ${mark(row.p50_ratio <= 1.1)}` +
        `        ${fixed(row.p99_ratio, 2).padStart(6)}   ${rules.count}/${core.count}`
    )
    for (const error of [...rules.errors, ...core.errors]) console.log(`    refused: ${error}`)
  }
  console.log(
    `\n  first 1,000 listed by the rules server: ${figures.leak_check.leaked} hidden ${mark(figures.leak_check.leaked === 0)}`
  )
}

const started = Date.now()
const loadAtStart = os.loadavg()[0]
let seed
console.log(
  `Starting PostgreSQL (${PG_PORT}), migrating, seeding the demo and ${process.env.BENCH_PRODUCTS ?? "10,000"} products, booting both servers…`
)
mkdirSync(output, { recursive: true })
await runOnOwnStack(
  {
    dataDir: output,
    pgPort: PG_PORT,
    servers: MODES.map(({ name, port, env }) => ({ name, port, env })),
    beforeServers: (databaseUrl) => {
      const seedStarted = Date.now()
      seed = seedProducts(databaseUrl)
      console.log(`Seeded ${seed.products} products (${seed.hidden} hidden) in ${seconds(Date.now() - seedStarted)}.`)
    },
  },
  async (stack) => {
    const key = stack.demo.publishable_key
    const [cartId] = await createCarts([storeClient(stack.servers[0].url, key)], stack.demo.region_id, 1)
    const clients = Object.fromEntries(
      stack.servers.map((server) => [
        server.name,
        {
          anonymous: storeClient(server.url, key),
          withCart: httpClient(server.url, { "x-publishable-api-key": key, "x-cart-id": cartId }),
        },
      ])
    )
    console.log(`Stack ready in ${seconds(Date.now() - started)}; measuring…`)

    const scenarios = []
    for (const scenario of SCENARIOS) {
      const clientsFor = (mode) => (scenario.withCart ? clients[mode].withCart : clients[mode].anonymous)
      scenarios.push(await measure(clientsFor, scenario))
      console.log(`  ${scenario.name}: p50 ratio ${fixed(scenarios.at(-1).p50_ratio, 2)}`)
    }
    const figures = {
      measured_at: new Date().toISOString(),
      code: gitDescription(),
      machine: `${os.cpus().length} cores, loopback, load average ${loadAtStart.toFixed(1)} at the start and ${os.loadavg()[0].toFixed(1)} at the end`,
      settings: { n: N, batch: BATCH, warmup: WARMUP },
      seed: { products: seed.products, hidden: seed.hidden },
      scenarios,
      leak_check: await leaksOnRules(clients.rules.anonymous, seed.hidden_ids),
    }
    printReport(figures)
    writeFigures(output, "product-listing", figures, started)
  }
)
