// `npm run test:e2e`: the browser suite. Starts a stack of its own (PostgreSQL 54331,
// Medusa 9001, production storefront 8001), walks the shopper's journey in the storefront
// and the operator's in the admin with Chromium, then stops everything, pass or fail.
// Logs and screenshots: .e2e-output/ (screenshots/NN-step-name.png).
import { existsSync, readFileSync, rmSync, mkdirSync } from "node:fs"
import net from "node:net"
import path from "node:path"
import { startPostgres } from "../../scripts/lib/postgres.mjs"
import {
  ADMIN,
  prepareDatabase,
  root,
  seedPartnerDemo,
  startProcess,
  startStorefront,
  stopAll,
  waitForHttp,
} from "../../scripts/lib/stack.mjs"
import { launchChromium, openPage, requireChromium } from "./lib/browser.mjs"
import { createRecorder } from "./lib/harness.mjs"
import { adminSteps } from "./journeys/admin.mjs"
import { bonusProductsSteps } from "./journeys/bonus-products.mjs"
import { checkoutSteps } from "./journeys/checkout.mjs"
import { deliveryKindsSteps } from "./journeys/delivery-kinds.mjs"
import { liveStockSteps } from "./journeys/live-stock.mjs"
import { partnersSteps } from "./journeys/partners.mjs"
import { partnerDeliveriesSteps } from "./journeys/partner-deliveries.mjs"
import { prepaidCodesSteps } from "./journeys/prepaid-codes.mjs"
import { storefrontSteps } from "./journeys/storefront.mjs"

const PG_PORT = 54331
const MEDUSA_PORT = 9001
const STOREFRONT_PORT = 8001
const DATABASE = "federated_cart_e2e"

const output = path.join(root, ".e2e-output")
const logs = path.join(output, "logs")
const backendUrl = `http://localhost:${MEDUSA_PORT}`
const storefrontUrl = `http://localhost:${STOREFRONT_PORT}`

const started = Date.now()
const recorder = createRecorder({ screenshotDir: path.join(output, "screenshots") })
let database
let browser
let tearingDown

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port)
  })
}

async function requireFreePorts(ports) {
  for (const port of ports) {
    if (!(await portIsFree(port))) {
      throw new Error(`Port ${port} is in use; the browser suite needs it (is an earlier run still up?).`)
    }
  }
}

// What `medusa develop` runs (it forks `medusa start` with NODE_ENV=development, which
// serves the admin through Vite), minus develop's file watcher: the watcher restarts the
// server whenever any file in the repository changes, and teammates edit it while the suite
// runs. Same environment as stack.mjs's startMedusa.
function startMedusaWithoutWatcher({ databaseUrl, logFile }) {
  const medusaBin = path.join(root, "node_modules/@medusajs/cli/cli.js")
  return startProcess("Medusa", process.execPath, [medusaBin, "start", "--port", String(MEDUSA_PORT)], {
    env: {
      NODE_ENV: "development",
      DATABASE_URL: databaseUrl,
      MEDUSA_BACKEND_URL: backendUrl,
      STORE_CORS: storefrontUrl,
      // The demo game's immediate deliveries go to the demo partner service of this server.
      FEDERATED_CART_DEMO_PARTNER: "on",
    },
    logFile,
  })
}

function cleanOutput() {
  rmSync(path.join(output, "screenshots"), { recursive: true, force: true })
  rmSync(logs, { recursive: true, force: true })
  mkdirSync(logs, { recursive: true })
}

async function bootStack() {
  console.log("stack")
  const { databaseUrl, demo, partnerKey } = await recorder.phase("stack", "PostgreSQL, migrations, demo seed", async () => {
    database = await startPostgres({
      dataDir: path.join(root, ".test-data/e2e-postgres"),
      port: PG_PORT,
      fresh: true,
      throwaway: true,
    })
    await database.ensureDatabase(DATABASE)
    const databaseUrl = database.url(DATABASE)
    const demo = await prepareDatabase({ databaseUrl, backendUrl, outputFile: path.join(output, "demo.json") })
    const partnerKey = seedPartnerDemo({
      databaseUrl,
      storefrontUrl,
      backendUrl,
      outputFile: path.join(output, "demo-partner.json"),
    })
    return { databaseUrl, demo, partnerKey }
  })
  // Medusa boots in the background while the storefront builds.
  const medusa = startMedusaWithoutWatcher({ databaseUrl, logFile: path.join(logs, "medusa.log") })
  const storefront = await recorder.phase("stack", "next build (Medusa booting meanwhile)", async () =>
    startStorefront({
      mode: "production",
      port: STOREFRONT_PORT,
      backendUrl,
      publishableKey: demo.publishable_key,
      logFile: path.join(logs, "storefront.log"),
      env: partnerKey,
    })
  )
  await recorder.phase("stack", "Medusa and storefront answering", async () => {
    await waitForHttp(`${backendUrl}/health`, { child: medusa })
    await waitForHttp(`${storefrontUrl}/`, { child: storefront })
  })
  return demo
}

async function runJourneys(demo) {
  browser = await launchChromium()
  const browserLog = path.join(logs, "browser.log")
  const journeys = [
    ["storefront", storefrontSteps({ baseUrl: storefrontUrl, demo })],
    ["live stock and holds", liveStockSteps({ baseUrl: storefrontUrl, backendUrl, demo, admin: ADMIN })],
    ["admin", adminSteps({ adminUrl: backendUrl, admin: ADMIN, demo })],
    ["partners, codes and limits", partnersSteps({ adminUrl: backendUrl, admin: ADMIN, baseUrl: storefrontUrl })],
    ["bonus products", bonusProductsSteps({ adminUrl: backendUrl, admin: ADMIN, baseUrl: storefrontUrl })],
    ["delivery kinds", deliveryKindsSteps({ adminUrl: backendUrl, admin: ADMIN, baseUrl: storefrontUrl })],
    ["prepaid codes", prepaidCodesSteps({ adminUrl: backendUrl, admin: ADMIN, baseUrl: storefrontUrl })],
    ["partner deliveries", partnerDeliveriesSteps({ adminUrl: backendUrl, admin: ADMIN, baseUrl: storefrontUrl, demo })],
    // Last: it buys (and so takes stock of) products the journeys above count.
    ["checkout", checkoutSteps({ baseUrl: storefrontUrl, backendUrl, admin: ADMIN })],
  ]
  // `node tests/e2e/run.mjs checkout live`: only the journeys whose name contains one of the words.
  const only = process.argv.slice(2).map((word) => word.toLowerCase())
  const chosen = only.length ? journeys.filter(([name]) => only.some((word) => name.includes(word))) : journeys
  if (!chosen.length)
    throw new Error(`No journey matches ${only.join(", ")}; journeys: ${journeys.map(([name]) => name).join(", ")}.`)
  // Each journey gets its own cookies, and a failure in one does not stop the other.
  for (const [name, steps] of chosen) {
    const { context, page, pageErrors } = await openPage(browser, { label: name, logFile: browserLog })
    try {
      await recorder.journey(name, page, steps)
    } finally {
      await context.close()
    }
    // Not a failure (the journey passed), but worth knowing: e.g. React hydration errors.
    for (const { url, message } of pageErrors) {
      console.log(`  ! uncaught error in the page on ${url}:\n      ${message.split("\n")[0]}`)
    }
  }
}

function printLogTail(file, lines = 30) {
  if (!existsSync(file)) return
  const tail = readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines)
  console.log(`\n--- last ${tail.length} lines of ${path.relative(root, file)} ---\n${tail.join("\n")}`)
}

async function tearDown() {
  tearingDown ??= (async () => {
    await browser?.close().catch(() => {})
    await stopAll()
    await database?.stop().catch((error) => console.error(`Stopping PostgreSQL: ${error.message}`))
  })()
  return tearingDown
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, async () => {
    console.log(`\n${signal}: stopping the stack…`)
    await tearDown()
    process.exit(130)
  })
}
// A closed pipe (`npm run test:e2e | head`) must not kill the runner before it stops the stack.
process.stdout.on("error", () => {})
process.stderr.on("error", () => {})

let crashed = null
try {
  requireChromium()
  // Checked before cleaning .e2e-output/, which a run still going would be writing to.
  await requireFreePorts([PG_PORT, MEDUSA_PORT, STOREFRONT_PORT])
  cleanOutput()
  const demo = await bootStack()
  await runJourneys(demo)
} catch (error) {
  crashed = error
  if (!error.reported) console.log(`\n${error.message}`)
} finally {
  const passed = !crashed && recorder.ok()
  if (!passed) {
    printLogTail(path.join(logs, "medusa.log"))
    printLogTail(path.join(logs, "storefront.log"))
    printLogTail(path.join(logs, "browser.log"))
  }
  await tearDown()
  recorder.summary(Date.now() - started)
  console.log(`  logs and screenshots: ${path.relative(process.cwd(), output) || "."}/`)
  console.log(passed ? "\nBrowser suite passed." : "\nBrowser suite FAILED.")
  process.exit(passed ? 0 : 1)
}
