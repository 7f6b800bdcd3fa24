// `npm run bench:scale`: add-to-cart throughput of one against two `medusa start` instances
// on one PostgreSQL and one Redis, stock Medusa and Medusa with the packed plugin side by
// side, and where the limit is: the CPU the Node servers, PostgreSQL and Redis spent per
// second of the run, read from /proc, against the machine's cores.
//
// The stack of `npm run bench` (tests/lib/fresh-stack.mjs) with a Redis (Debian's
// redis-server, port 6391) and Medusa's Redis modules (event bus, workflow engine, locking,
// cache) in every server, as several instances are deployed; each app's instances use a
// Redis database of their own, so a stock server never takes the plugin's jobs. PostgreSQL
// on 54339 (data in .bench-output/scale/); plugin on 9007 and 9008, stock on 9009 and 9010.
// All four run throughout; a configuration (stock ×1, stock ×2, plugin ×1, plugin ×2) gets
// BENCH_N adds (200) at concurrency BENCH_CONCURRENCY (16), each on a fresh cart of the
// instance it goes to, the instances taken in turn; the configurations take turns in batches
// of BENCH_BATCH (40), so drift falls on all four.
//
// BENCH_PG_PORT (54339), BENCH_REDIS_PORT (6391), BENCH_PORTS ("9007,9008,9009,9010": plugin
// a, b, stock a, b). Figures go to .bench-output/scale/scale-<time>.json.
import os from "node:os"
import path from "node:path"
import { pkg } from "../../scripts/lib/fresh-app.mjs"
import { root } from "../../scripts/lib/paths.mjs"
import { gitDescription, writeFigures } from "../lib/bench-output.mjs"
import { prepareApps, seedCatalogue, startFreshStack, storeApi } from "../lib/fresh-stack.mjs"
import { ensureRedisServer, runStack } from "../lib/own-stack.mjs"
import { measureCpu } from "../lib/proc-stats.mjs"
import { addLine, createCarts, inPool, percentile } from "../lib/shoppers.mjs"

const env = process.env
const N = Number(env.BENCH_N ?? 200)
const BATCH = Number(env.BENCH_BATCH ?? 40)
const CONCURRENCY = Number(env.BENCH_CONCURRENCY ?? 16)
const WARMUP = 16
const PG_PORT = Number(env.BENCH_PG_PORT ?? 54339)
const REDIS_PORT = Number(env.BENCH_REDIS_PORT ?? 6391)
const PORTS = (env.BENCH_PORTS ?? "9007,9008,9009,9010").split(",").map(Number)
const output = path.join(root, env.BENCH_OUTPUT ?? ".bench-output")
const CORES = os.cpus().length

const SERVERS = [
  { name: "plugin-a", variant: "plugin", port: PORTS[0], redisDb: 1 },
  { name: "plugin-b", variant: "plugin", port: PORTS[1], redisDb: 1 },
  { name: "stock-a", variant: "stock", port: PORTS[2], redisDb: 2 },
  { name: "stock-b", variant: "stock", port: PORTS[3], redisDb: 2 },
]
const CONFIGS = [
  { name: "stock ×1", servers: ["stock-a"] },
  { name: "stock ×2", servers: ["stock-a", "stock-b"] },
  { name: "plugin ×1", servers: ["plugin-a"] },
  { name: "plugin ×2", servers: ["plugin-a", "plugin-b"] },
]

const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "–")

/** One batch of a configuration: `size` adds at CONCURRENCY, the instances in turn. */
async function batch(stack, clients, carts, config, size, variants, cursor) {
  const jobs = Array.from({ length: size }, (_, i) => {
    const server = config.servers[i % config.servers.length]
    return { server, cartId: carts[server].shift(), variant: variants[(cursor + i) % variants.length] }
  })
  const pids = { pg: stack.pgPid, redis: stack.redisPid }
  for (const server of SERVERS) pids[server.name] = stack.servers[server.name].pid
  const client = process.cpuUsage()
  const measured = await measureCpu(pids, () =>
    inPool(jobs, CONCURRENCY, (job) => addLine(clients[job.server], job.cartId, job.variant))
  )
  const { user, system } = process.cpuUsage(client)
  return { ...measured, clientCpu: (user + system) / 1e6 }
}

/** Where the limit is, from the cores each part kept busy (a Node server runs its JavaScript on one thread). */
function verdict({ node, pg, redis, client }, instances) {
  const total = node + pg + redis + client
  const biggest = node >= pg ? "the Node servers" : "PostgreSQL"
  if (total >= 0.85 * CORES) return `machine CPU: ${fixed(total, 2)} of ${CORES} cores busy, most in ${biggest}`
  if (node / instances >= 0.85) return `Node: ${fixed(node / instances, 2)} cores per instance, its event loop full`
  if (pg >= 0.85) return `PostgreSQL: ${fixed(pg, 2)} cores`
  return `no CPU full (${fixed(total, 2)} of ${CORES} cores): waiting on locks or round trips`
}

function printReport(figures) {
  console.log(
    `\nScale-out: stock Medusa vs Medusa + ${pkg.name} (${figures.measured_at}, code ${figures.code}, ${figures.machine})`
  )
  console.log(
    `  POST /store/carts/:id/line-items, ${N} per configuration, concurrency ${CONCURRENCY}; CPU in cores (CPU s / wall s)`
  )
  console.log(
    `\n  ${"configuration".padEnd(11)}${"2xx".padStart(6)}${"adds/s".padStart(9)}${"p50 ms".padStart(9)}` +
      `${"Node".padStart(7)}${"PG".padStart(7)}${"Redis".padStart(7)}${"client".padStart(8)}   limit`
  )
  for (const c of figures.configs) {
    console.log(
      `  ${c.name.padEnd(11)}${String(c.ok).padStart(6)}${fixed(c.throughput_rps, 2).padStart(9)}${fixed(c.p50_ms, 0).padStart(9)}` +
        `${fixed(c.cores.node, 2).padStart(7)}${fixed(c.cores.pg, 2).padStart(7)}${fixed(c.cores.redis, 2).padStart(7)}` +
        `${fixed(c.cores.client, 2).padStart(8)}   ${c.limit}`
    )
  }
  const { scaling } = figures
  console.log(
    `\n  two instances / one: stock ${fixed(scaling.stock, 2)}, plugin ${fixed(scaling.plugin, 2)}; ` +
      `plugin / stock: ×1 ${fixed(scaling.plugin_over_stock_1, 2)}, ×2 ${fixed(scaling.plugin_over_stock_2, 2)}`
  )
}

const started = Date.now()
const loadAtStart = os.loadavg()[0]
if (!ensureRedisServer()) {
  console.log("bench:scale needs Debian's redis-server (apt-get install redis-server).")
  process.exit(1)
}
await runStack(
  () => {
    console.log("Building the plugin and the two fresh apps (stock, with the packed plugin)…")
    const apps = prepareApps(output)
    console.log(`Redis (${REDIS_PORT}), PostgreSQL (${PG_PORT}), migrations, four servers (${PORTS.join(", ")})…`)
    return startFreshStack({
      apps,
      dataDir: path.join(output, "scale"),
      pgPort: PG_PORT,
      redisPort: REDIS_PORT,
      servers: SERVERS,
    })
  },
  async (stack) => {
    const catalogue = await seedCatalogue(stack, { spread: 200 })
    const clients = Object.fromEntries(SERVERS.map((s) => [s.name, storeApi(stack.servers[s.name], catalogue.publishableKey)]))
    console.log(`Ready in ${((Date.now() - started) / 1000).toFixed(0)} s; creating carts…`)
    const carts = {}
    for (const server of SERVERS) {
      const uses = CONFIGS.filter((c) => c.servers.includes(server.name))
      // Its share of each configuration it serves, and a batch more for odd splits.
      const count = uses.reduce((sum, c) => sum + Math.ceil((N + WARMUP) / c.servers.length), 0) + BATCH
      carts[server.name] = await createCarts([clients[server.name]], catalogue.regionId, count)
    }

    const totals = CONFIGS.map(() => ({ responses: [], wallMs: 0, node: 0, pg: 0, redis: 0, client: 0 }))
    let cursor = 0
    for (const config of CONFIGS) await batch(stack, clients, carts, config, WARMUP, catalogue.spread, cursor)
    for (let round = 0; round * BATCH < N; round++) {
      console.log(`  round ${round + 1} of ${Math.ceil(N / BATCH)}`)
      // The configurations take turns, in a turning order.
      const order = CONFIGS.map((_, i) => (i + round) % CONFIGS.length)
      for (const index of order) {
        const size = Math.min(BATCH, N - round * BATCH)
        const { result, wallMs, cpu, clientCpu } = await batch(
          stack,
          clients,
          carts,
          CONFIGS[index],
          size,
          catalogue.spread,
          cursor
        )
        cursor += size
        const total = totals[index]
        total.responses.push(...result)
        total.wallMs += wallMs
        total.node += SERVERS.reduce((sum, s) => sum + cpu[s.name], 0)
        total.pg += cpu.pg
        total.redis += cpu.redis
        total.client += clientCpu
      }
    }

    const configs = CONFIGS.map((config, i) => {
      const t = totals[i]
      const wall = t.wallMs / 1000
      const cores = { node: t.node / wall, pg: t.pg / wall, redis: t.redis / wall, client: t.client / wall }
      const ok = t.responses.filter((r) => r.status === 200)
      return {
        name: config.name,
        servers: config.servers,
        n: t.responses.length,
        ok: ok.length,
        throughput_rps: t.responses.length / wall,
        p50_ms: percentile(
          ok.map((r) => r.ms),
          50
        ),
        cpu_ms_per_add: { node: (t.node * 1000) / t.responses.length, pg: (t.pg * 1000) / t.responses.length },
        cores,
        limit: verdict(cores, config.servers.length),
      }
    })
    const rps = Object.fromEntries(configs.map((c) => [c.name, c.throughput_rps]))
    const figures = {
      measured_at: new Date().toISOString(),
      code: gitDescription(),
      machine: `${CORES} cores, loopback, load ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end`,
      settings: { n: N, batch: BATCH, concurrency: CONCURRENCY, warmup: WARMUP },
      configs,
      scaling: {
        stock: rps["stock ×2"] / rps["stock ×1"],
        plugin: rps["plugin ×2"] / rps["plugin ×1"],
        plugin_over_stock_1: rps["plugin ×1"] / rps["stock ×1"],
        plugin_over_stock_2: rps["plugin ×2"] / rps["stock ×2"],
      },
    }
    printReport(figures)
    writeFigures(path.join(output, "scale"), "scale", figures, started)
  }
)
