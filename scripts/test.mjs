// `npm test`: the lint gate (ESLint, Prettier); the type checks of the plugin as
// `medusa plugin:build` sees it on a fresh clone (and with the types a server generated into
// .medusa/types), of the admin extensions and of the storefront; the unit, module and HTTP
// suites on an embedded PostgreSQL of their own (port 54330, data under .test-data/), so the
// suite can run while the demo runs; then the two-instance race (tests/multi-instance/, its
// own PostgreSQL, Redis and servers). Ends with a table of each suite's verdict and seconds.
import { spawn } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs"
import path from "node:path"
import { ensureInstalled } from "./lib/install.mjs"
import { root } from "./lib/paths.mjs"

const JEST_SUITES = ["unit", "integration:modules", "integration:http"]
// Suites run as scripts of their own (the race starts its own servers). Exit code 77: skipped.
const SCRIPT_SUITES = {
  lint: ["scripts/lint.mjs"],
  typecheck: ["scripts/typecheck.mjs"],
  "multi-instance": ["tests/multi-instance/two-servers.mjs"],
}
const SUITES = ["lint", "typecheck", ...JEST_SUITES, "multi-instance"]
const SKIPPED = 77
// `node scripts/test.mjs [suite ...] [-- jest arguments]`
const args = process.argv.slice(2)
const split = args.includes("--") ? args.indexOf("--") : args.length
const chosen = args.slice(0, split)
const jestArgs = args.slice(split + 1)
const suites = chosen.length ? chosen : SUITES
const port = Number(process.env.TEST_PG_PORT ?? 54330)

ensureInstalled(root, "@medusajs/medusa")
const { startPostgres, PostgresSetupError, PG_USER, PG_PASSWORD } = await import("./lib/postgres.mjs")

function runScript(suite) {
  return new Promise((resolve) => {
    const [script, ...scriptArgs] = SCRIPT_SUITES[suite]
    const child = spawn(process.execPath, [path.join(root, script), ...scriptArgs], { cwd: root, stdio: "inherit" })
    child.on("exit", (code) => resolve(code ?? 1))
  })
}

// The HTTP suite's group specs (tests/http/*.spec.ts) each boot one Medusa app; they run side
// by side, one per worker, each on a database of its own.
const HTTP_WORKERS = Number(process.env.TEST_HTTP_WORKERS ?? 2)

// Each jest run also writes its results as JSON, so the final table can name what failed:
// a log cut to its last lines (as CI shows it) still says which test to look at.
const resultsDir = path.join(root, ".test-data/results")
const resultsFile = (suite) => path.join(resultsDir, `${suite.replace(/\W+/g, "-")}.json`)

function failedTests(suite) {
  const file = resultsFile(suite)
  if (!existsSync(file)) return []
  const { testResults = [] } = JSON.parse(readFileSync(file, "utf8"))
  return testResults.flatMap((spec) => {
    const where = path.relative(root, spec.name)
    const tests = spec.assertionResults.filter((test) => test.status === "failed")
    const firstLine = (messages) =>
      (messages ?? [])
        .join("\n")
        .split("\n")
        .find((line) => line.trim()) ?? ""
    if (!tests.length && spec.status === "failed") return [`${where}: ${firstLine([spec.message])}`]
    return tests.map((test) => `${where} › ${test.fullName.trim()}: ${firstLine(test.failureMessages)}`)
  })
}

function runJest(suite) {
  mkdirSync(resultsDir, { recursive: true })
  rmSync(resultsFile(suite), { force: true })
  const workers = suite === "integration:http" && HTTP_WORKERS > 1 ? [`--maxWorkers=${HTTP_WORKERS}`] : ["--runInBand"]
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, "node_modules/jest/bin/jest.js"),
        ...workers,
        "--forceExit",
        "--json",
        `--outputFile=${resultsFile(suite)}`,
        ...jestArgs,
      ],
      {
        cwd: root,
        stdio: "inherit",
        env: {
          ...process.env,
          TEST_TYPE: suite,
          NODE_ENV: "test",
          DB_HOST: "localhost",
          DB_PORT: String(port),
          DB_USERNAME: PG_USER,
          DB_PASSWORD: PG_PASSWORD,
          MEDUSA_ADMIN_DISABLED: "true",
          LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
          // The demo's distributor and partner receivers, which the hand-off and delivery suites call.
          FEDERATED_CART_DEMO_DISTRIBUTOR: "on",
          FEDERATED_CART_DEMO_PARTNER: "on",
          // Medusa loads modules with dynamic import(), which jest only runs in this mode. A
          // worker boots one Medusa app per group and runs several groups in turn; node's
          // default 4 GB heap ran out when one process held the apps of many suites.
          NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules", "--max-old-space-size=8192"]
            .filter(Boolean)
            .join(" "),
        },
      }
    )
    child.on("exit", (code) => resolve(code ?? 1))
  })
}

const started = Date.now()
let pg = null
if (suites.some((suite) => suite !== "unit" && !SCRIPT_SUITES[suite])) {
  try {
    pg = await startPostgres({ dataDir: path.join(root, `.test-data/postgres-${port}`), port, fresh: true, throwaway: true })
  } catch (error) {
    console.error(`\nThe tests could not start PostgreSQL: ${error instanceof PostgresSetupError ? error.message : error.stack}`)
    process.exit(1)
  }
}
const results = []
try {
  for (const suite of suites) {
    const suiteStart = Date.now()
    const code = await (SCRIPT_SUITES[suite] ? runScript(suite) : runJest(suite))
    results.push({ suite, code, seconds: (Date.now() - suiteStart) / 1000 })
  }
} finally {
  await pg?.stop()
}
for (const { suite, code, seconds } of results) {
  const verdict = code === 0 ? "passed" : code === SKIPPED ? "SKIPPED" : "FAILED"
  console.log(`${verdict.padEnd(7)} ${suite.padEnd(20)} ${seconds.toFixed(1)} s`)
  if (code !== 0 && JEST_SUITES.includes(suite))
    for (const failure of failedTests(suite)) console.log(`  ✕ ${failure.slice(0, 400)}`)
}
const skipped = results.filter((result) => result.code === SKIPPED).map((result) => result.suite)
if (skipped.length) {
  console.log(`\n*** NOT RUN: ${skipped.join(", ")} (see above why)${process.env.CI ? "; in CI that is a failure" : ""} ***`)
}
console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s`)
const acceptable = (code) => code === 0 || (code === SKIPPED && !process.env.CI)
process.exit(results.every((result) => acceptable(result.code)) ? 0 : 1)
