// `node tests/bench/add-to-cart-queries.mjs`: database round trips of one add-to-cart, with
// tickets and in Medusa's plain mode (FEDERATED_CART_TICKETS=off), counted on the same data.
//
// The add-to-cart benchmark's stack (embedded PostgreSQL, demo seed, two `medusa start`
// servers) with `tests/bench/query-counter.cjs` preloaded in both: every `pg` query is
// attributed to the HTTP request that caused it. Then, one request at a time on fresh carts:
// a first add (a new line), a second add of another variant to the same cart (a second line),
// and the same variant again (the line grows). Prints the median count per kind and mode;
// QUERY_COUNTER_TEXTS=1 also prints one request's queries in order.
//
// Ports: BENCH_PG_PORT (54338), BENCH_PORTS ("9053,9054"); BENCH_N adds per kind (12).
import { readFileSync, rmSync } from "node:fs"
import path from "node:path"
import { root } from "../../scripts/lib/paths.mjs"
import { seedBenchCatalogue } from "../lib/bench-catalogue.mjs"
import { runOnOwnStack } from "../lib/own-stack.mjs"
import { addLine, adminClient, createCarts, expectStatus, storeClient } from "../lib/shoppers.mjs"

const N = Number(process.env.BENCH_N ?? 12)
const [corePort, ticketsPort] = (process.env.BENCH_PORTS ?? "9053,9054").split(",").map(Number)
const output = path.join(root, ".bench-output", "queries")
const preload = path.join(root, "tests/bench/query-counter.cjs")
const showTexts = process.env.QUERY_COUNTER_TEXTS === "1"
const counterFile = (name) => path.join(output, `queries-${name}.jsonl`)

const MODES = [
  { name: "tickets", port: ticketsPort, env: {} },
  { name: "core", port: corePort, env: { FEDERATED_CART_TICKETS: "off" } },
]

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

function countedAdds(name) {
  return readFileSync(counterFile(name), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line))
    .filter((line) => line.method === "POST" && /\/line-items(\?|$)/.test(line.url))
}

await runOnOwnStack(
  {
    dataDir: output,
    pgPort: Number(process.env.BENCH_PG_PORT ?? 54338),
    servers: MODES.map(({ name, port, env }) => {
      rmSync(counterFile(name), { force: true })
      return {
        name,
        port,
        env: {
          ...env,
          NODE_OPTIONS: [process.env.NODE_OPTIONS ?? "", `--require ${preload}`].filter(Boolean).join(" "),
          QUERY_COUNTER_FILE: counterFile(name),
        },
      }
    }),
  },
  async (stack) => {
    const clients = Object.fromEntries(
      stack.servers.map((server) => [server.name, storeClient(server.url, stack.demo.publishable_key)])
    )
    const admin = await adminClient(stack.servers[0].url)
    const { spread } = await seedBenchCatalogue(admin, stack.sql, {
      hotSku: "BENCH-HOT",
      hotStock: 100,
      spread: 8,
      spreadStock: 10_000,
    })
    const kinds = ["first line", "second line", "same line again"]
    const results = {}
    for (const mode of MODES) {
      const client = clients[mode.name]
      const carts = await createCarts([client], stack.demo.region_id, N + 2)
      // Two warm-up carts, then N counted ones; each cart gets the three adds in turn.
      for (const [i, cartId] of carts.entries()) {
        for (const [k, variant] of [spread[i % 4], spread[4 + (i % 4)], spread[4 + (i % 4)]].entries()) {
          expectStatus(await addLine(client, cartId, variant), `${mode.name}: ${kinds[k]}`, [200])
          await sleep(350)
        }
      }
      await sleep(500)
      const adds = countedAdds(mode.name).slice(-3 * N)
      results[mode.name] = Object.fromEntries(kinds.map((kind, k) => [kind, adds.filter((_, i) => i % 3 === k)]))
    }

    console.log(`\nDatabase round trips per add-to-cart (median of ${N} adds; min–max)`)
    console.log(`  ${"".padEnd(18)} ${MODES.map((m) => m.name.padStart(12)).join(" ")}   more with tickets`)
    for (const kind of kinds) {
      const cells = MODES.map(({ name }) => {
        const counts = results[name][kind].map((line) => line.queries)
        return { median: median(counts), range: `${Math.min(...counts)}–${Math.max(...counts)}` }
      })
      console.log(
        `  ${kind.padEnd(18)} ${cells.map((c) => `${c.median} (${c.range})`.padStart(12)).join(" ")}   ${cells[0].median - cells[1].median}`
      )
    }
    if (showTexts) {
      for (const mode of MODES) {
        console.log(`\n--- ${mode.name}: the queries of one first add ---`)
        results[mode.name]["first line"][0].texts.forEach((text, i) => console.log(`${String(i + 1).padStart(3)} ${text}`))
      }
    }
  }
)
