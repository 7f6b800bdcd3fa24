// `npm run bench:prepaid`: the prepaid-code redemption lookup with 1,000,000 codes stored.
// Prints figures, not pass/fail (target: p50 ≤ 15 ms).
//
// One embedded PostgreSQL (BENCH_PG_PORT, default 54363; data in .bench-output/prepaid/),
// migrated and seeded with the demo federation; then tests/bench/prepaid-lookup.ts, through
// `medusa exec`, stores BENCH_CODES codes (1,000,000) in bulk and times BENCH_N lookups
// (2,000) of existing and unknown codes through the module's `findRedeemable`, interleaved
// with Medusa's own lookup of a variant by id in the same process (the ratio puts the
// figure beside Medusa's behaviour on this machine, which is noisy).
import { spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { root } from "../../scripts/lib/paths.mjs"
import { PG_PASSWORD, PG_USER, startPostgres } from "../../scripts/lib/postgres.mjs"
import { prepareDatabase } from "../../scripts/lib/stack.mjs"
import { gitDescription, writeFigures } from "../lib/bench-output.mjs"

const startedAt = Date.now()
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54363)
const output = path.join(root, ".bench-output", "prepaid")
const medusaBin = path.join(root, "node_modules/@medusajs/cli/cli.js")
const TARGET_P50_MS = 15

const database = await startPostgres({ dataDir: path.join(output, "pg"), port: PG_PORT, fresh: true })
try {
  const admin = new pg.Client({ host: "localhost", port: PG_PORT, user: PG_USER, password: PG_PASSWORD, database: "postgres" })
  await admin.connect()
  await admin.query("CREATE DATABASE prepaid_bench")
  await admin.end()
  const databaseUrl = `postgres://${PG_USER}:${PG_PASSWORD}@localhost:${PG_PORT}/prepaid_bench`
  console.log("Migrating and seeding the demo federation…")
  await prepareDatabase({ databaseUrl, backendUrl: "http://localhost:9063", outputFile: path.join(output, "demo.json") })

  const figuresFile = path.join(output, "lookup.json")
  console.log(`Storing ${Number(process.env.BENCH_CODES ?? 1_000_000).toLocaleString("en-US")} codes and timing lookups…`)
  const run = spawnSync(process.execPath, [medusaBin, "exec", "./tests/bench/prepaid-lookup.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, BENCH_FIGURES: figuresFile, LOG_LEVEL: "warn" },
    stdio: "inherit",
  })
  if (run.status !== 0) throw new Error(`prepaid-lookup.ts failed (exit ${run.status})`)

  const result = JSON.parse(readFileSync(figuresFile, "utf8"))
  const baseline = result.lookups.medusa_variant_by_id.p50_ms
  console.log(
    `\nPrepaid-code redemption lookup, ${result.codes_stored.toLocaleString("en-US")} codes stored (bulk load ${result.load_seconds.toFixed(1)} s)`
  )
  console.log(`Plan: ${result.plan.join(" / ")}`)
  console.log("lookup                    n      p50 ms   p99 ms   p50 / Medusa's variant lookup")
  for (const [name, figure] of Object.entries(result.lookups)) {
    console.log(
      `${name.padEnd(24)} ${String(figure.n).padStart(5)} ${figure.p50_ms.toFixed(2).padStart(9)} ${figure.p99_ms.toFixed(2).padStart(8)}   ${(figure.p50_ms / baseline).toFixed(2)}`
    )
  }
  const p50 = Math.max(result.lookups.existing.p50_ms, result.lookups.unknown.p50_ms)
  console.log(`\nTarget p50 ≤ ${TARGET_P50_MS} ms: ${p50 <= TARGET_P50_MS ? "met" : "NOT met"} (${p50.toFixed(2)} ms).`)
  writeFigures(
    output,
    "prepaid-redemption",
    {
      ...result,
      measured_at: new Date().toISOString(),
      code: gitDescription(),
      cpus: os.cpus().length,
      target_p50_ms: TARGET_P50_MS,
    },
    startedAt
  )
} finally {
  await database.stop()
}
