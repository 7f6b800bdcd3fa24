import path from "node:path"
import { loadEnv, defineConfig, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * Runs this repository as a Medusa app with the plugin's own code in `src/`.
 * `scripts/demo.mjs` and the test runner point DATABASE_URL at an embedded PostgreSQL;
 * set REDIS_URL to switch every infrastructure module to its Redis implementation.
 */
const redisUrl = process.env.REDIS_URL
const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

const redisModules = redisUrl
  ? [
      { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { key: Modules.CACHE, resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000,http://localhost:5173",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
  },
  plugins: [
    // The demo's distributor and partner receivers (demo/plugin), for `npm run demo` and the
    // test suites: this app's routes, kept out of src/ so the published plugin has none of them.
    // Each answers 404 unless its switch (FEDERATED_CART_DEMO_DISTRIBUTOR, _PARTNER) is "on".
    // Absolute: Medusa resolves `<path>/package.json` with require.resolve, which reads "demo/..." as a package name.
    { resolve: path.join(__dirname, "demo/plugin"), options: {} },
  ],
  modules: [
    { resolve: "./src/modules/federation" },
    {
      // Uploaded files (the demo's product pictures) are served by this server, at its own address.
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [{ resolve: "@medusajs/medusa/file-local", id: "local", options: { backend_url: `${backendUrl}/static` } }],
      },
    },
    { resolve: "./src/modules/federated-cart" },
    { resolve: "./src/modules/order-group" },
    // Hands each store order to its distributor, signed with the store's secret (kept under FEDERATED_CART_SECRET).
    { resolve: "./src/modules/distribution", options: { secret: process.env.FEDERATED_CART_SECRET } },
    // Cart numbers show local time in the merchant's zone (IANA name); default America/New_York.
    { resolve: "./src/modules/cart-state", options: { timeZone: process.env.FEDERATED_CART_TIME_ZONE || undefined } },
    {
      resolve: "./src/modules/ticketing",
      options: {
        holdMinutes: Number(process.env.TICKET_HOLD_MINUTES ?? 15),
        maxHoldMinutes: Number(process.env.TICKET_MAX_HOLD_MINUTES ?? 60),
      },
    },
    // Live stock counts reach shoppers on every instance through Redis pub/sub when there is one.
    { resolve: "./src/modules/live-stock", options: { redisUrl } },
    // Fulfillment progress relayed to shoppers; new updates reach streams on every instance through Redis.
    { resolve: "./src/modules/delivery-relay", options: { redisUrl } },
    // Who may see and buy what. FEDERATED_CART_SECRET keys partner secrets and access codes.
    // FEDERATED_CART_VISIBILITY=off hides nothing: the listing benchmark's baseline, never a shop's setting.
    { resolve: "./src/modules/visibility", options: { enforced: process.env.FEDERATED_CART_VISIBILITY !== "off" } },
    { resolve: "./src/modules/purchase-rules" },
    // Each product's goods and delivery kinds (immediate, prepaid code, mail), chosen per cart line.
    { resolve: "./src/modules/product-delivery" },
    {
      // Listing providers replaces Medusa's defaults: manual stays for mail, next to the two digital kinds.
      key: Modules.FULFILLMENT,
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          { resolve: "./src/providers/partner-delivery", id: "partner-delivery" },
          { resolve: "./src/providers/prepaid-code-delivery", id: "prepaid-code-delivery" },
        ],
      },
    },
    // Free bonus products: rules that add a $0 variant once a cart's net total reaches a threshold.
    { resolve: "./src/modules/bonus" },
    { resolve: "./src/modules/partner", options: { secret: process.env.FEDERATED_CART_SECRET } },
    { resolve: "./src/modules/invitation", options: { secret: process.env.FEDERATED_CART_SECRET, redisUrl } },
    // Prepaid codes, stored as HMACs under FEDERATED_CART_SECRET.
    { resolve: "./src/modules/prepaid-code", options: { secret: process.env.FEDERATED_CART_SECRET } },
    {
      // Access codes go out by e-mail; the local provider writes them to the log.
      key: Modules.NOTIFICATION,
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email", "feed"] } }],
      },
    },
    ...redisModules,
  ],
})
