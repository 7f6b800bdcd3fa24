// A fresh Medusa app, as create-medusa-app would give it (admin disabled), in two variants:
// stock Medusa, or the same app with this plugin installed from its `npm pack` tarball and
// registered as the README's install section says. `npm run test:pack` checks the plugin
// variant installs and boots; `npm run bench` and `npm run bench:scale` compare the two.
import { spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import path from "node:path"
import { gunzipSync } from "node:zlib"
import { root } from "./paths.mjs"

export const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"))
const repoMedusaCli = path.join(root, "node_modules/@medusajs/cli/cli.js")
const repoVersion = (name) => JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")).version

/** A command that failed; its message says which, where, and ends with its last output. */
export class CommandFailed extends Error {}

// Children get the caller's environment without what `npm run` adds (npm_config_local_prefix
// would point a nested npm at this repository, npm_config_loglevel=silent would hide errors).
export function childEnv(extra = {}) {
  const env = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) || key === "INIT_CWD" || key === "NODE_ENV") continue
    env[key] = value
  }
  return { ...env, MEDUSA_DISABLE_TELEMETRY: "true", DO_NOT_TRACK: "1", ...extra }
}

/** For `startProcess`, which spreads process.env itself: undefined removes a variable. */
export function childEnvOverrides(extra = {}) {
  const env = childEnv(extra)
  for (const key of Object.keys(process.env)) if (!(key in env)) env[key] = undefined
  return env
}

/** Runs a command to its end; throws CommandFailed with its last 60 lines of output. */
export function run(label, command, args, { cwd, env = {} } = {}) {
  const result = spawnSync(command, args, { cwd, env: childEnv(env), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
  if (result.error) throw new CommandFailed(`${label}: could not run ${command}: ${result.error.message}`)
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim().split("\n").slice(-60).join("\n")
    throw new CommandFailed(`${label} failed (exit code ${result.status}, in ${cwd}). Last output:\n${output}`)
  }
  return result.stdout
}

/** `medusa plugin:build` in this repository: `.medusa/server`, what the tarball ships. */
export function buildPlugin() {
  if (!existsSync(repoMedusaCli)) {
    throw new CommandFailed(`${repoMedusaCli} is missing: install the repository's dependencies first (npm install).`)
  }
  run("medusa plugin:build", process.execPath, [repoMedusaCli, "plugin:build"], { cwd: root })
  return path.join(root, ".medusa/server")
}

/** `npm pack` of the built plugin into packDir: npm's report of it and the tarball's path. */
export function packPlugin(packDir) {
  mkdirSync(packDir, { recursive: true })
  const output = run("npm pack", "npm", ["pack", "--json", "--pack-destination", packDir], { cwd: root })
  const [info] = JSON.parse(output.slice(output.indexOf("[")))
  const tarball = path.join(packDir, info.filename)
  if (!existsSync(tarball)) throw new CommandFailed(`npm pack reported ${info.filename} but ${tarball} does not exist.`)
  return { tarball, info, files: info.files.map((file) => file.path) }
}

// The plugin's part of medusa-config.ts, as the README's install section has it: the plugin
// (which registers its own modules) and the providers of Medusa's modules it needs.
const PLUGIN_CONFIG = {
  plugins: `[{ resolve: "${pkg.name}", options: { secret: process.env.FEDERATED_CART_SECRET, redisUrl } }]`,
  modules: `
    {
      // Listing providers replaces Medusa's defaults: keep manual (mail) next to the two digital kinds.
      key: Modules.FULFILLMENT,
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          { resolve: "${pkg.name}/providers/partner-delivery", id: "partner-delivery" },
          { resolve: "${pkg.name}/providers/prepaid-code-delivery", id: "prepaid-code-delivery" },
        ],
      },
    },
    {
      key: Modules.NOTIFICATION,
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email", "feed"] } }],
      },
    },`,
}

function medusaConfig({ port, withPlugin }) {
  return `import { loadEnv, defineConfig, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())
const redisUrl = process.env.REDIS_URL // several instances: Medusa's Redis modules below

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:${port}",
      authCors: process.env.AUTH_CORS || "http://localhost:${port}",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: { disable: true },
  plugins: ${withPlugin ? PLUGIN_CONFIG.plugins : "[]"},
  modules: [${withPlugin ? PLUGIN_CONFIG.modules : ""}
    ...(redisUrl
      ? [
          { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
          { key: Modules.CACHE, resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
          { key: Modules.WORKFLOW_ENGINE, resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
          {
            key: Modules.LOCKING,
            resolve: "@medusajs/medusa/locking",
            options: {
              providers: [
                { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
              ],
            },
          },
        ]
      : []),
  ],
})
`
}

const TSCONFIG = {
  compilerOptions: {
    target: "ES2021",
    esModuleInterop: true,
    module: "Node16",
    moduleResolution: "Node16",
    emitDecoratorMetadata: true,
    experimentalDecorators: true,
    skipLibCheck: true,
    skipDefaultLibCheck: true,
    declaration: false,
    sourceMap: false,
    inlineSourceMap: true,
    outDir: "./.medusa/server",
    rootDir: "./",
    jsx: "react-jsx",
    forceConsistentCasingInFileNames: true,
    resolveJsonModule: true,
    checkJs: false,
    strictNullChecks: true,
  },
  "ts-node": { swc: true },
  include: ["**/*", ".medusa/types/*"],
  exclude: ["**/__tests__", "**/__fixtures__", "node_modules", ".medusa/server", ".medusa/admin", ".cache"],
}

/**
 * The app's files: what create-medusa-app writes, with the repository's Medusa version, and
 * with `tarball` (a path) the plugin as a dependency and in the config; without it, stock
 * Medusa. `port` only names the app's own address in its CORS defaults.
 */
export function freshAppFiles({ tarball, port = 9000 }) {
  const medusaVersion = repoVersion("@medusajs/medusa")
  const caret = (name) => `^${repoVersion(name)}`
  const appPackage = {
    name: tarball ? "fresh-medusa-app-with-plugin" : "fresh-medusa-app",
    version: "0.0.1",
    private: true,
    description: tarball ? `A fresh Medusa app that installs ${pkg.name} from its tarball.` : "A fresh, stock Medusa app.",
    scripts: { build: "medusa build", dev: "medusa develop", start: "medusa start" },
    dependencies: {
      "@medusajs/admin-sdk": medusaVersion,
      "@medusajs/cli": medusaVersion,
      "@medusajs/framework": medusaVersion,
      "@medusajs/icons": medusaVersion,
      "@medusajs/medusa": medusaVersion,
      "@medusajs/ui": repoVersion("@medusajs/ui"),
      ...(tarball ? { [pkg.name]: `file:${tarball}` } : {}),
      pg: caret("pg"),
      react: caret("react"),
      "react-dom": caret("react-dom"),
    },
    devDependencies: {
      "@swc/core": caret("@swc/core"),
      "ts-node": caret("ts-node"),
      typescript: caret("typescript"),
      yalc: repoVersion("yalc"),
    },
    engines: { node: ">=20" },
    allowScripts: { "@swc/core": true, esbuild: true, "msgpackr-extract": true },
  }
  return {
    "package.json": JSON.stringify(appPackage, null, 2) + "\n",
    "medusa-config.ts": medusaConfig({ port, withPlugin: !!tarball }),
    "tsconfig.json": JSON.stringify(TSCONFIG, null, 2) + "\n",
  }
}

/** Writes the app's files into appDir (with an empty src/), then `npm install`s it. */
export function installFreshApp(appDir, options) {
  mkdirSync(path.join(appDir, "src"), { recursive: true })
  for (const [name, text] of Object.entries(freshAppFiles(options))) writeFileSync(path.join(appDir, name), text)
  run(`npm install in ${appDir}`, "npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"], { cwd: appDir })
}

/** The app's own Medusa CLI (`medusa db:migrate`, `user`, `build`, `start`). */
export const appMedusa = (appDir) => path.join(appDir, "node_modules/@medusajs/cli/cli.js")

/**
 * `medusa build`, as a deployment builds: the compiled app in `.medusa/server`, which a
 * production `medusa start` runs from (with the app's node_modules, linked, in place of
 * the `npm install` a deployment runs there). Returns that folder.
 */
export function buildFreshApp(appDir) {
  run(`medusa build in ${appDir}`, process.execPath, [appMedusa(appDir), "build"], { cwd: appDir, env: { LOG_LEVEL: "warn" } })
  const serverDir = path.join(appDir, ".medusa/server")
  if (!existsSync(path.join(serverDir, "medusa-config.js")))
    throw new CommandFailed(`medusa build left no ${serverDir}/medusa-config.js`)
  symlinkSync(path.join(appDir, "node_modules"), path.join(serverDir, "node_modules"), "dir")
  return serverDir
}

/**
 * installFreshApp + buildFreshApp into appDir, kept for the next run: done again only when
 * the app's files or the tarball's contents changed (a stamp of both is kept in appDir).
 * Returns { appDir, serverDir, reused }.
 */
export function builtFreshApp(appDir, options) {
  const hash = createHash("sha256")
  for (const [name, text] of Object.entries(freshAppFiles(options))) hash.update(name).update(text)
  // The packed files, not the gzip around them (which carries the time it was made).
  if (options.tarball) hash.update(gunzipSync(readFileSync(options.tarball)))
  const stamp = hash.digest("hex")
  const stampFile = path.join(appDir, ".fresh-app-stamp")
  const serverDir = path.join(appDir, ".medusa/server")
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp && existsSync(serverDir)) {
    return { appDir, serverDir, reused: true }
  }
  rmSync(appDir, { recursive: true, force: true })
  installFreshApp(appDir, options)
  buildFreshApp(appDir)
  writeFileSync(stampFile, stamp)
  return { appDir, serverDir, reused: false }
}
