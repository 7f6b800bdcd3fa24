// Run by tests/bench/prepaid-redemption.mjs with `medusa exec`, on the benchmark's own
// database after the demo seed. Stores BENCH_CODES prepaid codes (default 1,000,000) in
// bulk — hashed as the module hashes them (same secret and purpose), inserted 50,000 per
// statement, not one by one — then times the redemption lookup (`findRedeemable`: normalize, HMAC, the unique
// index, the constant-time compare) for codes that exist and codes that do not, beside
// Medusa's own single-row lookup (`retrieveProductVariant`) in the same process.
// Writes its figures to BENCH_FIGURES as JSON.
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId, Modules } from "@medusajs/framework/utils"
import { writeFileSync } from "node:fs"
import { CodeHasher, newCode, normalizeCode } from "../../src/lib/codes"
import { PREPAID_CODE_MODULE } from "../../src/modules/prepaid-code"
import type PrepaidCodeModuleService from "../../src/modules/prepaid-code/service"
import { PREPAID_CODE_HASH_PURPOSE } from "../../src/modules/prepaid-code/service"

const COUNT = Number(process.env.BENCH_CODES ?? 1_000_000)
const N = Number(process.env.BENCH_N ?? 2_000)
const INSERT_BATCH = 50_000
const KEEP_EVERY = Math.max(1, Math.floor(COUNT / 5_000))

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const timed = async (fn: () => Promise<unknown>) => {
  const start = process.hrtime.bigint()
  await fn().catch(() => undefined)
  return Number(process.hrtime.bigint() - start) / 1e6
}

export default async function prepaidLookup({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const prepaidCodes: PrepaidCodeModuleService = container.resolve(PREPAID_CODE_MODULE)
  const db = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const [variant] = await container.resolve(Modules.PRODUCT).listProductVariants({}, { select: ["id", "product_id"], take: 1 })

  // The module's key: the app configures it with FEDERATED_CART_SECRET (medusa-config.ts).
  const hasher = new CodeHasher(process.env.FEDERATED_CART_SECRET, PREPAID_CODE_HASH_PURPOSE)
  const known: string[] = []
  const loadStart = Date.now()
  for (let start = 0; start < COUNT; start += INSERT_BATCH) {
    const rows = Array.from({ length: Math.min(INSERT_BATCH, COUNT - start) }, (_, i) => {
      const code = newCode()
      if ((start + i) % KEEP_EVERY === 0) known.push(code)
      return { id: generateEntityId(undefined, "ppc"), code_hash: hasher.hash(normalizeCode(code)!), last4: code.slice(-4) }
    })
    await db.raw(
      `INSERT INTO prepaid_code (id, product_id, variant_id, code_hash, last4, batch_id)
       SELECT r.id, ?, ?, r.code_hash, r.last4, 'ppcb_bench' FROM jsonb_to_recordset(?::jsonb) AS r(id text, code_hash text, last4 text)`,
      [variant.product_id, variant.id, JSON.stringify(rows)]
    )
    logger.info(`prepaid bench: ${start + rows.length} codes stored`)
  }
  await db.raw("ANALYZE prepaid_code")
  const loadSeconds = (Date.now() - loadStart) / 1000
  const { rows: counted } = await db.raw("SELECT count(*)::int AS n FROM prepaid_code")
  const { rows: plan } = await db.raw("EXPLAIN SELECT id FROM prepaid_code WHERE code_hash = ? AND deleted_at IS NULL", [
    "0".repeat(64),
  ])

  // The stored hashes must be the module's own, or "existing" would time refusals.
  await prepaidCodes.findRedeemable(known[0])
  const unknown = Array.from({ length: 500 }, () => newCode())
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]
  const scenarios = {
    existing: () => prepaidCodes.findRedeemable(pick(known)),
    unknown: () => prepaidCodes.findRedeemable(pick(unknown)),
    medusa_variant_by_id: () => container.resolve(Modules.PRODUCT).retrieveProductVariant(variant.id, { select: ["id"] }),
  }
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(scenarios).map((name) => [name, []]))
  // Interleaved, so the machine's drift falls on every scenario alike; the first rounds warm up.
  for (let round = 0; round < N + 50; round++) {
    for (const [name, run] of Object.entries(scenarios)) {
      const ms = await timed(run)
      if (round >= 50) samples[name].push(ms)
    }
  }
  const figures = Object.fromEntries(
    Object.entries(samples).map(([name, values]) => [
      name,
      { n: values.length, p50_ms: percentile(values, 50), p99_ms: percentile(values, 99) },
    ])
  )
  writeFileSync(
    process.env.BENCH_FIGURES ?? "prepaid-lookup.json",
    JSON.stringify(
      { codes_stored: counted[0].n, load_seconds: loadSeconds, plan: plan.map((row) => row["QUERY PLAN"]), lookups: figures },
      null,
      2
    )
  )
}
