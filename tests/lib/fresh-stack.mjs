// Stock Medusa and Medusa with the packed plugin, side by side on one database: the stack of
// `npm run bench` and `npm run bench:scale`.
//
// Both apps are the fresh app of scripts/lib/fresh-app.mjs (the one `npm run test:pack`
// installs), built with `medusa build` and run by `medusa start` in production mode from
// their `.medusa/server`. One embedded PostgreSQL, migrated by the plugin app (Medusa's own
// tables and the plugin's: the stock server never reads the plugin's), optionally one Redis
// for Medusa's Redis modules. The catalogue is seeded through the plugin server's admin API,
// in federated stores (so the plugin sells it) whose products are also in the sales channel
// of the publishable key both servers use.
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { appMedusa, buildPlugin, builtFreshApp, childEnvOverrides, packPlugin, run } from "../../scripts/lib/fresh-app.mjs"
import { httpClient } from "../../scripts/lib/http.mjs"
import { startPostgres } from "../../scripts/lib/postgres.mjs"
import { startProcess, waitForHttp } from "../../scripts/lib/stack.mjs"
import { requireFreePorts, stopperOf, waitForPort } from "./own-stack.mjs"
import { postmasterPid } from "./proc-stats.mjs"
import { adminClient, expectStatus } from "./shoppers.mjs"

const ADMIN = { email: "bench@federated-cart.test", password: "bench-password" }
const DATABASE = "bench"
// A production server wants real secrets; fresh ones each run, as a deployment sets them.
const SECRETS = {
  JWT_SECRET: randomBytes(24).toString("hex"),
  COOKIE_SECRET: randomBytes(24).toString("hex"),
  FEDERATED_CART_SECRET: randomBytes(24).toString("hex"),
}

const seconds = (ms) => `${((Date.now() - ms) / 1000).toFixed(0)} s`
const tail = (file, lines = 30) =>
  existsSync(file) ? readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n") : "(no log)"

/**
 * The plugin built and packed from this checkout, and the two fresh apps built, under
 * `<output>/apps`; an app is reinstalled only when it (or the tarball) changed since the last run.
 */
export function prepareApps(output) {
  let t = Date.now()
  buildPlugin()
  const { tarball } = packPlugin(path.join(output, "pack"))
  console.log(`  plugin built and packed (${seconds(t)})`)
  const apps = {}
  for (const [variant, options] of [
    ["stock", {}],
    ["plugin", { tarball }],
  ]) {
    t = Date.now()
    apps[variant] = builtFreshApp(path.join(output, "apps", variant), options)
    console.log(`  ${variant} app ${apps[variant].reused ? "unchanged, reused" : "installed and built"} (${seconds(t)})`)
  }
  return apps
}

/**
 * @param {{
 *   apps: { stock, plugin },   // from prepareApps
 *   dataDir: string,           // PostgreSQL's data and the logs; emptied first
 *   pgPort: number,
 *   redisPort?: number,        // a Redis, and REDIS_URL for every server
 *   servers: { name: string, variant: "stock" | "plugin", port: number, redisDb?: number, env?: object }[],
 * }} options
 * Returns the running stack; stop() stops all it started (also on Ctrl-C).
 */
export async function startFreshStack({ apps, dataDir, pgPort, redisPort, servers }) {
  const logs = path.join(dataDir, "logs")
  let database
  const stop = stopperOf(() => database)

  try {
    await requireFreePorts([...servers.map((server) => server.port), ...(redisPort ? [redisPort] : [])])
    rmSync(logs, { recursive: true, force: true })
    mkdirSync(logs, { recursive: true })

    const shared = { ...SECRETS, LOG_LEVEL: "warn" }
    let redisPid
    if (redisPort) {
      const redis = startProcess("Redis", "redis-server", ["--port", String(redisPort), "--save", "", "--appendonly", "no"], {
        logFile: path.join(logs, "redis.log"),
      })
      await waitForPort(redisPort, redis)
      shared.REDIS_URL = `redis://localhost:${redisPort}`
      redisPid = redis.pid
    }

    database = await startPostgres({ dataDir: path.join(dataDir, "postgres"), port: pgPort, fresh: true })
    await database.ensureDatabase(DATABASE)
    const databaseUrl = database.url(DATABASE)
    shared.DATABASE_URL = databaseUrl
    // The plugin app migrates: Medusa's tables, the plugin's modules and its links.
    const medusa = (label, args) =>
      run(label, process.execPath, [appMedusa(apps.plugin.appDir), ...args], {
        cwd: apps.plugin.serverDir,
        env: { ...shared, NODE_ENV: "production" },
      })
    medusa("medusa db:migrate", ["db:migrate"])
    medusa("medusa user", ["user", "-e", ADMIN.email, "-p", ADMIN.password])

    const start = (server, extraEnv = {}) => {
      const app = apps[server.variant]
      const logFile = path.join(logs, `medusa-${server.name}.log`)
      const child = startProcess(
        `Medusa ${server.name} (:${server.port})`,
        process.execPath,
        [appMedusa(app.appDir), "start", "--port", String(server.port)],
        {
          cwd: app.serverDir,
          env: childEnvOverrides({
            ...shared,
            NODE_ENV: "production",
            MEDUSA_BACKEND_URL: `http://localhost:${server.port}`,
            // A Redis database of its own keeps one app's queues and locks from the other's instances.
            ...(shared.REDIS_URL && server.redisDb !== undefined ? { REDIS_URL: `${shared.REDIS_URL}/${server.redisDb}` } : {}),
            ...server.env,
            ...extraEnv,
          }),
          logFile,
        }
      )
      return Object.assign(server, { url: `http://localhost:${server.port}`, logFile, child, pid: child.pid })
    }
    const ready = async (server) =>
      waitForHttp(`${server.url}/health`, { child: server.child, timeoutSeconds: 240 }).catch((error) => {
        throw new Error(`${error.message}\n--- last lines of ${server.logFile} ---\n${tail(server.logFile)}`)
      })
    const started = servers.map((server) => start({ ...server }))
    for (const server of started) await ready(server)

    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 })
    return {
      servers: Object.fromEntries(started.map((server) => [server.name, server])),
      databaseUrl,
      pgPid: postmasterPid(database.dataDir),
      redisPid,
      admin: () => adminClient(started.find((server) => server.variant === "plugin").url, ADMIN),
      sql: (text, params) => pool.query(text, params).then((result) => result.rows),
      /** Stops a server and starts it again with extraEnv (e.g. a preload); waits until it answers. */
      async restart(name, extraEnv) {
        const server = this.servers[name]
        await stopProcessGroup(server.child)
        this.servers[name] = start(server, extraEnv)
        await ready(this.servers[name])
        return this.servers[name]
      },
      logTails: (lines = 30) =>
        started.map((server) => `--- last lines of ${server.logFile} ---\n${tail(server.logFile, lines)}`).join("\n"),
      stop: async () => {
        await pool.end().catch(() => {})
        await stop()
      },
    }
  } catch (error) {
    await stop()
    throw error
  }
}

async function stopProcessGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once("exit", resolve))
  const kill = (signal) => {
    try {
      process.kill(-child.pid, signal) // startProcess gives each its own process group
    } catch {
      // already gone
    }
  }
  kill("SIGTERM")
  const timer = setTimeout(() => kill("SIGKILL"), 15_000)
  await exited
  clearTimeout(timer)
}

const chunks = (list, size) =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size))
const COUNTRY = "us"

/** A store's shipping: its own profile, a fulfillment set at its location and one flat option. */
async function storeShipping(admin, store, locationId) {
  const { shipping_profile: profile } = expectStatus(
    await admin.request("POST", "/admin/shipping-profiles", { name: `${store.name} goods`, type: "default" }),
    "Creating a shipping profile"
  )
  expectStatus(
    await admin.request("POST", `/admin/stock-locations/${locationId}/fulfillment-sets`, {
      name: `${store.name} shipping`,
      type: "shipping",
    }),
    "Creating a fulfillment set"
  )
  const { stock_location: location } = expectStatus(
    await admin.request("GET", `/admin/stock-locations/${locationId}?fields=id,*fulfillment_sets`),
    "Reading the stock location"
  )
  const { fulfillment_set: set } = expectStatus(
    await admin.request("POST", `/admin/fulfillment-sets/${location.fulfillment_sets[0].id}/service-zones`, {
      name: `${store.name}: United States`,
      geo_zones: [{ type: "country", country_code: COUNTRY }],
    }),
    "Creating a service zone"
  )
  expectStatus(
    await admin.request("POST", `/admin/stock-locations/${locationId}/fulfillment-providers`, { add: ["manual_manual"] }),
    "Linking the manual fulfillment provider"
  )
  expectStatus(
    await admin.request("POST", "/admin/shipping-options", {
      name: `${store.name}: Standard`,
      service_zone_id: set.service_zones[0].id,
      shipping_profile_id: profile.id,
      provider_id: "manual_manual",
      price_type: "flat",
      type: { label: "Standard", description: "3–5 days", code: `${store.handle}-standard` },
      prices: [{ currency_code: "usd", amount: 5 }],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" },
        { attribute: "is_return", value: "false", operator: "eq" },
      ],
    }),
    "Creating a shipping option"
  )
  return profile.id
}

/** Products of one variant each, stocked at the store's location and put in the store. */
async function storeProducts(admin, sql, { store, locationId, profileId, wanted }) {
  const productIds = []
  for (const chunk of chunks(wanted, 50)) {
    const { created } = expectStatus(
      await admin.request("POST", "/admin/products/batch?fields=id", {
        create: chunk.map(({ sku }) => ({
          title: `Bench ${sku}`,
          handle: sku.toLowerCase(),
          status: "published",
          shipping_profile_id: profileId,
          options: [{ title: "Edition", values: ["Standard"] }],
          variants: [
            {
              title: "Standard",
              sku,
              options: { Edition: "Standard" },
              manage_inventory: true,
              prices: [{ currency_code: "usd", amount: 10 }],
            },
          ],
        })),
      }),
      "Creating products"
    )
    productIds.push(...created.map((product) => product.id))
  }
  const rows = await sql(
    `SELECT pv.id, pv.sku, pvii.inventory_item_id
       FROM product_variant pv JOIN product_variant_inventory_item pvii ON pvii.variant_id = pv.id
      WHERE pv.sku = ANY($1) AND pv.deleted_at IS NULL`,
    [wanted.map(({ sku }) => sku)]
  )
  const bySku = new Map(rows.map((row) => [row.sku, row]))
  for (const chunk of chunks(wanted, 100)) {
    expectStatus(
      await admin.request("POST", "/admin/inventory-items/location-levels/batch", {
        create: chunk.map(({ sku, stock }) => ({
          inventory_item_id: bySku.get(sku).inventory_item_id,
          location_id: locationId,
          stocked_quantity: stock,
        })),
      }),
      "Stocking products"
    )
  }
  for (const chunk of chunks(productIds, 100)) {
    expectStatus(
      await admin.request("POST", `/admin/federated-stores/${store.id}/products`, { add: chunk }),
      "Putting products in a federated store"
    )
  }
  return new Map(wanted.map(({ sku }) => [sku, bySku.get(sku).id]))
}

/**
 * What both servers sell, through the plugin server's admin API: a US region (system payment
 * provider), three federated stores (each with its location, shipping profile and option),
 * in the first one a hot product of `hotStock` units and `spread` products of `spreadStock`;
 * in each store a checkout product of `checkoutStock`; a publishable key on the federation's
 * sales channel, which holds every store's products and locations.
 */
export async function seedCatalogue(
  stack,
  { hotStock = 100, spread = 500, spreadStock = 10_000, checkoutStock = 1_000_000 } = {}
) {
  const admin = await stack.admin()
  const {
    stores: [medusaStore],
  } = expectStatus(await admin.request("GET", "/admin/stores"), "Reading the store")
  expectStatus(
    await admin.request("POST", `/admin/stores/${medusaStore.id}`, {
      supported_currencies: [{ currency_code: "usd", is_default: true }],
    }),
    "Setting the store's currency"
  )
  const { region } = expectStatus(
    await admin.request("POST", "/admin/regions", {
      name: "United States",
      currency_code: "usd",
      countries: [COUNTRY],
      payment_providers: ["pp_system_default"],
    }),
    "Creating the region"
  )
  expectStatus(
    await admin.request("POST", "/admin/tax-regions", { country_code: COUNTRY, provider_id: "tp_system" }),
    "Tax region"
  )

  const stores = []
  for (const letter of ["a", "b", "c"]) {
    const { federated_store: store } = expectStatus(
      await admin.request("POST", "/admin/federated-stores", {
        name: `Bench store ${letter.toUpperCase()}`,
        handle: `bench-store-${letter}`,
        contact_email: `store-${letter}@federated-cart.test`,
        // Nothing listens there: hand-offs fail at once and are retried later, off the timed path.
        distributor_url: `http://localhost:9/orders/${letter}`,
      }),
      "Creating a federated store"
    )
    const locationId = store.stock_locations[0].id
    const profileId = await storeShipping(admin, store, locationId)
    const wanted = [{ sku: `BENCH-CHECKOUT-${letter.toUpperCase()}`, stock: checkoutStock }]
    if (letter === "a") {
      wanted.push({ sku: "BENCH-HOT", stock: hotStock })
      for (let i = 0; i < spread; i++) wanted.push({ sku: `BENCH-SPREAD-${String(i).padStart(3, "0")}`, stock: spreadStock })
    }
    const variants = await storeProducts(admin, stack.sql, { store, locationId, profileId, wanted })
    stores.push({ name: store.name, checkoutVariant: variants.get(wanted[0].sku), variants })
  }

  const { sales_channels: channels } = expectStatus(
    await admin.request("GET", "/admin/sales-channels?limit=100&fields=id,metadata"),
    "Listing sales channels"
  )
  const federation = channels.find((channel) => channel.metadata?.federation_wide === true)
  if (!federation) throw new Error("The plugin made no federation sales channel.")
  const { api_key: key } = expectStatus(
    await admin.request("POST", "/admin/api-keys", { title: "Bench storefront", type: "publishable" }),
    "Creating the publishable key"
  )
  expectStatus(
    await admin.request("POST", `/admin/api-keys/${key.id}/sales-channels`, { add: [federation.id] }),
    "Linking the key to the federation channel"
  )
  const first = stores[0].variants
  return {
    publishableKey: key.token,
    regionId: region.id,
    hot: first.get("BENCH-HOT"),
    spread: [...first].filter(([sku]) => sku.startsWith("BENCH-SPREAD-")).map(([, id]) => id),
    stores: stores.map(({ name, checkoutVariant }) => ({ name, checkoutVariant })),
  }
}

export const storeApi = (server, publishableKey) => httpClient(server.url, { "x-publishable-api-key": publishableKey })
