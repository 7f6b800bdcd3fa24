// `npm run demo`: installs what is missing, starts an embedded PostgreSQL (data in .data/),
// migrates, seeds the demo federation, and serves Medusa (API and admin, port 9000) and
// the storefront (port 8000). Ctrl-C stops everything. DATABASE_URL skips the embedded one.
// PORT, STOREFRONT_PORT and DEMO_PG_PORT move it, to run beside another demo. As root, when
// PostgreSQL's own user may not enter the clone, .data/postgres is a link to its data under
// /var/lib/federated-cart (see scripts/lib/postgres.mjs); it says so as it starts.
import path from "node:path"
import { ensureInstalled } from "./lib/install.mjs"
import { root, storefrontDir } from "./lib/paths.mjs"

const started = Date.now()
ensureInstalled(root, "@medusajs/medusa")
ensureInstalled(storefrontDir, "next")

const { portIsFree, startPostgres } = await import("./lib/postgres.mjs")
const { ADMIN, prepareDatabase, seedPartnerDemo, startMedusa, startStorefront, stopAll, waitForHttp } =
  await import("./lib/stack.mjs")

const API_PORT = Number(process.env.PORT ?? 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT ?? 8000)
const PG_PORT = Number(process.env.DEMO_PG_PORT ?? 54329)
const dataDir = path.join(root, ".data")
const logs = path.join(dataDir, "logs")

let database
let stopping = false
async function shutdown(code) {
  if (stopping) return
  stopping = true
  console.log("\nStopping the storefront, Medusa and PostgreSQL…")
  await stopAll()
  await database?.stop()
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

// Whatever else listens there (another demo, most likely) would answer the health checks below.
const ports = { PORT: API_PORT, STOREFRONT_PORT, ...(process.env.DATABASE_URL ? {} : { DEMO_PG_PORT: PG_PORT }) }
for (const [name, port] of Object.entries(ports)) {
  if (!(await portIsFree(port))) {
    console.error(
      `Port ${port} is taken (another demo?): run beside it with another ${name}, e.g. \`${name}=${port + 100} npm run demo\`.`
    )
    process.exit(1)
  }
}

try {
  let databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) {
    database = await startPostgres({ dataDir: path.join(dataDir, "postgres"), port: PG_PORT })
    await database.ensureDatabase("federated_cart")
    databaseUrl = database.url("federated_cart")
    console.log(`PostgreSQL (embedded) is up on port ${database.port}.`)
  }
  console.log("Migrating and seeding the demo federation…")
  const backendUrl = `http://localhost:${API_PORT}`
  const demo = await prepareDatabase({ databaseUrl, backendUrl, outputFile: path.join(dataDir, "demo.json") })
  const storefrontUrl = `http://localhost:${STOREFRONT_PORT}`
  // The game page signs handshakes on the storefront's server with this key; it never reaches a browser.
  const partnerKey = seedPartnerDemo({
    databaseUrl,
    storefrontUrl,
    backendUrl,
    outputFile: path.join(dataDir, "demo-partner.json"),
  })

  console.log("Starting Medusa and the storefront (logs in .data/logs/)…")
  const medusa = startMedusa({
    databaseUrl,
    port: API_PORT,
    logFile: path.join(logs, "medusa.log"),
    // The stores' distributor and the game's delivery service in the demo are routes of this
    // server (demo/plugin/src/api/distributor-demo, demo/plugin/src/api/partner-demo).
    env: { STOREFRONT_PORT, FEDERATED_CART_DEMO_DISTRIBUTOR: "on", FEDERATED_CART_DEMO_PARTNER: "on" },
  })
  const storefront = startStorefront({
    mode: process.env.STOREFRONT_MODE ?? "development",
    port: STOREFRONT_PORT,
    backendUrl,
    publishableKey: demo.publishable_key,
    logFile: path.join(logs, "storefront.log"),
    env: partnerKey,
  })
  await waitForHttp(`${backendUrl}/health`, { child: medusa })
  await waitForHttp(`http://localhost:${STOREFRONT_PORT}/`, { child: storefront })

  console.log(`
Federated Cart demo is running (ready in ${((Date.now() - started) / 1000).toFixed(0)} s).

  Storefront   ${storefrontUrl}
  Partner game ${storefrontUrl}/partner-demo   (arrive as a player of Salt Coast Online)
  Admin        ${backendUrl}/app     log in as ${ADMIN.email} / ${ADMIN.password}
  Store API    ${backendUrl}/store   header x-publishable-api-key: ${demo.publishable_key}

  Stores: ${demo.stores.map((store) => store.name).join(", ")}
  Press Ctrl-C to stop everything.`)
  await new Promise((resolve) => {
    medusa.once("exit", resolve)
    storefront.once("exit", resolve)
  })
  if (!stopping) {
    console.error("A server stopped unexpectedly; see .data/logs/.")
    await shutdown(1)
  }
} catch (error) {
  console.error(`\nThe demo could not start: ${error.message}`)
  await shutdown(1)
}
