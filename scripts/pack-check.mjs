// `npm run test:pack`: proves a merchant can install the plugin from its npm tarball.
//
//  1. builds the plugin (`medusa plugin:build`) and checks `.medusa/server` holds only what a
//     merchant needs; packs it with `npm pack` into a temporary folder;
//  2. writes a fresh Medusa app next to it (what create-medusa-app would give, admin disabled)
//     that depends on the tarball, and installs it;
//  3. on an embedded PostgreSQL (port 54332): migrates (the plugin's modules and links included),
//     creates an admin user, starts the app on port 9002 and calls the plugin's admin API;
//  4. stops everything it started and removes the temporary folder (KEEP_PACK_CHECK=1 keeps it).
//
// Exits non-zero, with the reason, on the first failure.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs"
import { builtinModules, createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import {
  appMedusa,
  buildPlugin,
  childEnvOverrides,
  CommandFailed,
  installFreshApp,
  packPlugin,
  pkg,
  run,
} from "./lib/fresh-app.mjs"
import { httpClient } from "./lib/http.mjs"
import { PostgresSetupError, startPostgres } from "./lib/postgres.mjs"
import { root, startProcess, stopAll, waitForHttp } from "./lib/stack.mjs"

const PG_PORT = 54332
const API_PORT = 9002
const DB_NAME = "pack_check"
const ADMIN = { email: "pack-check@federated-cart.test", password: "pack-check-password" }
const KEEP = process.env.KEEP_PACK_CHECK === "1"

const tmp = mkdtempSync(path.join(os.tmpdir(), "federated-cart-pack-check-"))
const packDir = path.join(tmp, "pack")
const appDir = path.join(tmp, "app")
const logDir = path.join(tmp, "logs")
const medusaLog = path.join(logDir, "medusa.log")

const timings = {}
const started = Date.now()
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`

class CheckFailed extends Error {}
const fail = (message) => {
  throw new CheckFailed(message)
}

async function timed(label, fn) {
  const t0 = Date.now()
  console.log(`\n▶ ${label}`)
  try {
    return await fn()
  } finally {
    timings[label] = Date.now() - t0
  }
}

function listFiles(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join("/")]
  })
}

// Paths that only the repository's own development needs; none may reach a merchant.
const FORBIDDEN = [
  [/(^|\/)(tests?|__tests__|__fixtures__|e2e)\//, "tests"],
  [/\.(spec|test)\.[cm]?[jt]sx?$/, "tests"],
  [/(^|\/)demo\//, "the demo"],
  [/(^|\/)[\w-]+-demo\//, "a demo-only route (the demo's receivers belong in demo/plugin)"],
  [/seed/i, "a seed script"],
  [/(^|\/)storefront-starter\//, "the storefront starter"],
  [/(^|\/)scripts\//, "repository scripts"],
  [/(^|\/)admin-extensions\//, "admin sources (they belong in the admin bundle)"],
  [/(^|\/)docs\//, "docs"],
  [/(^|\/)(node_modules|\.data|\.test-data|\.e2e-output|static)\//, "local data or dependencies"],
  [/(^|\/)\.env/, "an .env file"],
  [/\.tgz$/, "a tarball"],
  [/(?<!\.d)\.tsx?$/, "TypeScript sources"],
]
// Relative to `.medusa/server`: what Medusa loads from an installed plugin.
const REQUIRED = [
  "src/modules/federation/index.js",
  "src/modules/federation/service.js",
  "src/modules/federation/models/federated-store.js",
  "src/modules/federation/migrations/Migration20261121200106.js",
  "src/modules/federated-cart/index.js",
  "src/modules/federated-cart/service.js",
  "src/modules/federated-cart/models/cart-bookmark.js",
  "src/modules/federated-cart/migrations/Migration20261121200107.js",
  "src/links/federated-store-product.js",
  "src/links/federated-store-sales-channel.js",
  "src/links/federated-store-stock-location.js",
  "src/api/middlewares.js",
  "src/api/admin/federated-stores/route.js",
  "src/api/store/federated-carts/[id]/route.js",
  "src/workflows/index.js",
  "src/admin/index.js",
  "src/admin/index.mjs",
]

// The demo's receivers (demo/plugin) and their switches: no compiled file of the plugin may
// route to them, register their middlewares or read the switches.
const DEMO_ONLY = /distributor-demo|partner-demo|FEDERATED_CART_DEMO_/

function checkNoDemoCode(dir, files, where) {
  const problems = []
  for (const file of files.filter((name) => /\.[cm]?js$/.test(name))) {
    const found = readFileSync(path.join(dir, file), "utf8").match(DEMO_ONLY)
    if (found) problems.push(`${where}: ${file} mentions "${found[0]}", which only the demo has`)
  }
  return problems
}

function checkFileList(files, where) {
  const problems = []
  for (const file of files) {
    for (const [pattern, what] of FORBIDDEN) {
      if (pattern.test(file)) problems.push(`${where}: ${file} is ${what}, which a merchant does not need`)
    }
  }
  return problems
}

// Every bare import of the packed code must be something the host app provides: a peer
// dependency, a dependency, a Node built-in, or (admin bundle only) what Medusa's dashboard
// build resolves for plugins (the admin bundler keeps these external).
const ADMIN_HOST_PROVIDED = ["react", "react-dom", "react-router-dom", "@tanstack/react-query", "@medusajs/js-sdk"]

function checkImports(serverDir, packageJson) {
  const declared = new Set([
    ...Object.keys(packageJson.dependencies ?? {}),
    ...Object.keys(packageJson.peerDependencies ?? {}),
    ...Object.keys(packageJson.optionalDependencies ?? {}),
  ])
  const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)])
  const problems = []
  const seen = new Map()
  for (const file of listFiles(serverDir).filter((f) => /\.[cm]?js$/.test(f))) {
    const code = readFileSync(path.join(serverDir, file), "utf8").replace(/\/\/# sourceMappingURL=.*$/gm, "")
    // A module specifier has no spaces or commas; `from` must be the keyword, not part of
    // an attribute name ("data-from") or a quoted column name ("from").
    const specifiers = [
      ...code.matchAll(/\brequire\(\s*["']([^"'\s,]+)["']\s*\)/g),
      ...code.matchAll(/(?<![-."'\w])from\s*["']([^"'\s,]+)["']/g),
      ...code.matchAll(/\bimport\(\s*["']([^"'\s,]+)["']\s*\)/g),
    ].map((match) => match[1])
    for (const specifier of specifiers) {
      if (specifier.startsWith(".") || specifier.startsWith("/")) continue
      const parts = specifier.split("/")
      const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]
      if (builtins.has(specifier) || builtins.has(name)) continue
      seen.set(specifier, (seen.get(specifier) ?? 0) + 1)
      if (declared.has(name)) continue
      if (file.startsWith("src/admin/") && ADMIN_HOST_PROVIDED.includes(name)) continue
      problems.push(`${file} imports "${specifier}", but "${name}" is neither a dependency nor a peer dependency`)
    }
  }
  return { problems, seen }
}

function resolveExports(app, packageJson) {
  const require = createRequire(path.join(app, "package.json"))
  const problems = []
  const subpaths = [
    "package.json",
    "workflows",
    "admin",
    "modules/federation",
    "modules/federated-cart",
    ".medusa/server/src/modules/federation",
    ".medusa/server/src/modules/federated-cart",
  ]
  for (const subpath of subpaths) {
    const id = `${packageJson.name}/${subpath}`
    try {
      require.resolve(id)
    } catch (error) {
      problems.push(`the installed package does not resolve "${id}": ${error.message.split("\n")[0]}`)
    }
  }
  return problems
}

const api = (method, route, { token, body } = {}) =>
  httpClient(`http://localhost:${API_PORT}`, token ? { authorization: `Bearer ${token}` } : {}).request(method, route, body)

function expect(condition, message, response) {
  if (!condition) fail(`${message}${response ? ` (HTTP ${response.status}: ${response.text.slice(0, 500)})` : ""}`)
}

function tail(file, lines = 80) {
  if (!existsSync(file)) return "(no log)"
  return readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n")
}

let database
let cleanedUp = false
async function cleanUp() {
  if (cleanedUp) return
  cleanedUp = true
  await stopAll()
  if (database) {
    try {
      await database.stop()
    } catch (error) {
      console.error(`Could not stop PostgreSQL: ${error.message}`)
    }
  }
  if (KEEP) console.log(`\nKEEP_PACK_CHECK=1: kept ${tmp}`)
  else rmSync(tmp, { recursive: true, force: true })
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    console.error(`\n${signal}: stopping what the pack check started…`)
    await cleanUp()
    process.exit(130)
  })
}

const warnings = []
let exitCode = 0
try {
  console.log(`Pack check for ${pkg.name}@${pkg.version} (temporary folder ${tmp})`)
  // 1. Build and check the build output.
  await timed("build", async () => {
    const serverDir = buildPlugin()
    const built = listFiles(serverDir)
    const missing = REQUIRED.filter((file) => !built.includes(file))
    const problems = [
      ...checkFileList(built, ".medusa/server"),
      ...missing.map((file) => `.medusa/server/${file} is missing from the build`),
    ]
    if (problems.length) fail(`The plugin build is not what a merchant should get:\n  ${problems.join("\n  ")}`)
    console.log(`  .medusa/server: ${built.length} files, every required one present, no tests/demo/storefront/scripts.`)
  })

  // 2. Pack.
  const packed = await timed("pack", async () => {
    const { tarball, info, files } = packPlugin(packDir)
    // The packed files are the ones in the repository (npm pack reads them in place).
    const problems = [...checkFileList(files, "tarball"), ...checkNoDemoCode(root, files, "tarball")]
    // The build compiles the repository's own medusa-config.ts (its development app, with
    // fallback secrets); an installed plugin never reads it, so package.json#files leaves it out.
    if (files.includes(".medusa/server/medusa-config.js")) {
      problems.push("tarball: .medusa/server/medusa-config.js is the repository's development app config")
    }
    for (const file of files) {
      if (!(file === "package.json" || /^(README|LICEN[CS]E|CHANGELOG)/i.test(file) || file.startsWith(".medusa/server/"))) {
        problems.push(`tarball: ${file} is outside .medusa/server`)
      }
    }
    for (const file of REQUIRED) {
      if (!files.includes(`.medusa/server/${file}`)) problems.push(`tarball: .medusa/server/${file} is missing`)
    }
    if (problems.length) fail(`The tarball is not what a merchant should get:\n  ${problems.join("\n  ")}`)
    console.log("  no demo-only routes, middlewares, switches or seeds in the tarball.")
    if (!files.some((file) => /^README/i.test(file))) warnings.push("the tarball has no README (npm shows an empty page)")
    if (pkg.license && !files.some((file) => /^LICEN[CS]E/i.test(file))) {
      warnings.push(`the tarball has no LICENSE file although package.json says "${pkg.license}"`)
    }
    const groups = new Map()
    for (const file of files) {
      const group = file.startsWith(".medusa/server/src/") ? file.split("/").slice(0, 4).join("/") + "/" : file
      groups.set(group, (groups.get(group) ?? 0) + 1)
    }
    console.log(`  ${info.filename}: ${kib(info.size)} packed, ${kib(info.unpackedSize)} unpacked, ${info.entryCount} files`)
    for (const [group, count] of [...groups].sort()) console.log(`    ${String(count).padStart(3)}  ${group}`)
    return { tarball, info, files }
  })

  // 3. A fresh Medusa app that installs the tarball (scripts/lib/fresh-app.mjs, which the
  //    benchmarks also use), configured as the README's install section says.
  await timed("install", async () => {
    installFreshApp(appDir, { tarball: packed.tarball, port: API_PORT })
    const installedDir = path.join(appDir, "node_modules", pkg.name)
    const installedPkg = JSON.parse(readFileSync(path.join(installedDir, "package.json"), "utf8"))
    if (installedPkg.version !== pkg.version) fail(`The app installed ${pkg.name}@${installedPkg.version}, not ${pkg.version}.`)
    const { problems, seen } = checkImports(path.join(installedDir, ".medusa/server"), installedPkg)
    problems.push(...resolveExports(appDir, installedPkg))
    for (const dependency of Object.keys(installedPkg.dependencies ?? {})) {
      if (!existsSync(path.join(appDir, "node_modules", dependency))) problems.push(`dependency ${dependency} was not installed`)
    }
    if (problems.length) fail(`The installed package is broken:\n  ${problems.join("\n  ")}`)
    console.log(`  installed in ${appDir}; ${seen.size} distinct package imports, all provided by the app; exports resolve.`)
  })

  // 4. Database: migrations of the plugin's modules and links.
  let databaseUrl
  const medusa = (label, args) =>
    run(label, process.execPath, [appMedusa(appDir), ...args], {
      cwd: appDir,
      env: { DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" },
    })
  await timed("migrate", async () => {
    database = await startPostgres({ dataDir: path.join(tmp, "postgres"), port: PG_PORT, fresh: true })
    await database.ensureDatabase(DB_NAME)
    databaseUrl = database.url(DB_NAME)
    medusa("medusa db:migrate", ["db:migrate"])
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      // One table per model of the plugin's modules, and one per link (named after the federation module).
      const moduleTables = ["federated_store", "cart_bookmark", "ticket", "cart_state", "cart_move"]
      const { rows } = await client.query(
        `SELECT table_name FROM information_schema.tables
          WHERE table_schema = 'public' AND (table_name = ANY($1) OR table_name LIKE '%federation%')
          ORDER BY 1`,
        [moduleTables]
      )
      const tables = rows.map((row) => row.table_name)
      const missing = moduleTables.filter((table) => !tables.includes(table))
      if (missing.length) {
        fail(`After db:migrate the plugin's tables ${missing.join(", ")} are missing (found: ${tables.join(", ") || "none"}).`)
      }
      const links = tables.filter((table) => !moduleTables.includes(table))
      if (links.length < 3) warnings.push(`expected 3 link tables for the plugin's links, found ${links.join(", ") || "none"}`)
      console.log(`  tables: ${tables.join(", ")}`)
    } finally {
      await client.end()
    }
    medusa("medusa user", ["user", "-e", ADMIN.email, "-p", ADMIN.password])
  })

  // 5. Boot the app (`medusa start` runs the TypeScript app through ts-node, no build needed).
  await timed("boot", async () => {
    const child = startProcess("Medusa (fresh app)", process.execPath, [appMedusa(appDir), "start", "--port", String(API_PORT)], {
      cwd: appDir,
      env: childEnvOverrides({ DATABASE_URL: databaseUrl, LOG_LEVEL: "info" }),
      logFile: medusaLog,
    })
    try {
      await waitForHttp(`http://localhost:${API_PORT}/health`, { child, timeoutSeconds: 180 })
    } catch (error) {
      fail(`${error.message}\nLast lines of the app's log:\n${tail(medusaLog)}`)
    }
    console.log(`  /health answers on port ${API_PORT}`)
  })

  // 6. The plugin's admin API, as a merchant's admin would call it.
  await timed("api", async () => {
    const login = await api("POST", "/auth/user/emailpass", { body: ADMIN })
    expect(login.status === 200 && typeof login.json?.token === "string", "Admin login failed", login)
    const token = login.json.token

    const empty = await api("GET", "/admin/federated-stores", { token })
    expect(empty.status === 200, "GET /admin/federated-stores did not answer 200 — is the plugin's API loaded?", empty)
    expect(
      Array.isArray(empty.json?.federated_stores) && empty.json.federated_stores.length === 0 && empty.json.count === 0,
      "GET /admin/federated-stores should list no stores in a fresh app",
      empty
    )
    console.log("  GET  /admin/federated-stores → 200, no stores")

    const created = await api("POST", "/admin/federated-stores", {
      token,
      body: { name: "Pack Check", handle: "pack-check", contact_email: "a@b.example", distributor_url: "https://d.example/x" },
    })
    expect(created.status === 201, "POST /admin/federated-stores did not answer 201", created)
    expect(
      created.json?.federated_store?.handle === "pack-check",
      "POST /admin/federated-stores did not return the store",
      created
    )
    console.log(`  POST /admin/federated-stores → 201, ${created.json.federated_store.id}`)

    const one = await api("GET", "/admin/federated-stores", { token })
    expect(one.status === 200 && one.json?.count === 1, "GET /admin/federated-stores should list the new store", one)
    expect(one.json.federated_stores[0]?.handle === "pack-check", "the listed store is not the one created", one)
    console.log("  GET  /admin/federated-stores → 200, count 1")

    const anonymous = await api("GET", "/admin/federated-stores")
    expect(anonymous.status === 401, "GET /admin/federated-stores without a token should answer 401", anonymous)
    console.log("  GET  /admin/federated-stores without a token → 401")
  })
} catch (error) {
  exitCode = 1
  console.error(
    `\n✖ Pack check failed: ${[CheckFailed, CommandFailed, PostgresSetupError].some((kind) => error instanceof kind) ? error.message : error.stack}`
  )
  if (existsSync(medusaLog) && !(error.message ?? "").includes("Last lines of the app's log")) {
    console.error(`\nLast lines of the app's log (${medusaLog}):\n${tail(medusaLog, 40)}`)
  }
} finally {
  await cleanUp()
}

timings.total = Date.now() - started
console.log(
  `\nTimings: ${Object.entries(timings)
    .map(([label, ms]) => `${label} ${seconds(ms)}`)
    .join(", ")}`
)
for (const warning of warnings) console.log(`⚠ ${warning}`)
if (exitCode === 0) console.log(`✔ ${pkg.name}@${pkg.version} installs and runs in a fresh Medusa app.`)
process.exit(exitCode)
