// Starts the pieces of a running federation (PostgreSQL, Medusa, the storefront) for the
// demo and the browser suite, and stops them all together.
import { spawn, spawnSync } from "node:child_process"
import { createWriteStream, mkdirSync, readFileSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { root, storefrontDir } from "./paths.mjs"

export { root, storefrontDir }
export const ADMIN = { email: "admin@federated-cart.test", password: "federated-demo" }

const medusaBin = path.join(root, "node_modules/@medusajs/cli/cli.js")
const nextBin = path.join(storefrontDir, "node_modules/next/dist/bin/next")
const children = new Set()

function runToEnd(label, command, args, { cwd = root, env }) {
  const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: "utf8" })
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr)
    throw new Error(`${label} failed (exit code ${result.status}).`)
  }
  return result.stdout
}

/** Runs the migrations, seeds the demo federation and makes sure the admin can log in. */
export async function prepareDatabase({ databaseUrl, backendUrl, outputFile }) {
  const env = { DATABASE_URL: databaseUrl, MEDUSA_BACKEND_URL: backendUrl, LOG_LEVEL: "warn" }
  runToEnd("Migrations", process.execPath, [medusaBin, "db:migrate"], { env })
  runToEnd("Demo seed", process.execPath, [medusaBin, "exec", "./demo/seed.ts"], {
    env: { ...env, DEMO_OUTPUT: outputFile },
  })
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const { rowCount } = await client.query(`SELECT 1 FROM "user" WHERE email = $1 AND deleted_at IS NULL`, [ADMIN.email])
  await client.end()
  if (!rowCount) {
    runToEnd("Admin user", process.execPath, [medusaBin, "user", "-e", ADMIN.email, "-p", ADMIN.password], { env })
  }
  return JSON.parse(readFileSync(outputFile, "utf8"))
}

/**
 * The demo's partner game (demo/partner-demo.ts): its turn packs protected for its players,
 * and its signing key in `outputFile` for the storefront's game page. Returns the
 * storefront's environment for that page (server-side only variables).
 */
export function seedPartnerDemo({ databaseUrl, storefrontUrl, backendUrl, outputFile }) {
  runToEnd("Demo partner", process.execPath, [medusaBin, "exec", "./demo/partner-demo.ts"], {
    env: {
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "warn",
      DEMO_PARTNER_OUTPUT: outputFile,
      DEMO_STOREFRONT_URL: storefrontUrl,
      // The game's deliveries go to the demo partner service on this Medusa server.
      ...(backendUrl ? { DEMO_BACKEND_URL: backendUrl } : {}),
    },
  })
  const { key_id, secret } = JSON.parse(readFileSync(outputFile, "utf8"))
  return { DEMO_PARTNER_KEY_ID: key_id, DEMO_PARTNER_SECRET: secret }
}

/** Starts a long-running process in its own process group, its output in a log file. */
export function startProcess(label, command, args, { cwd = root, env = {}, logFile }) {
  mkdirSync(path.dirname(logFile), { recursive: true })
  const log = createWriteStream(logFile, { flags: "a" })
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true })
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  child.label = label
  children.add(child)
  child.on("exit", () => children.delete(child))
  return child
}

export function startMedusa({ databaseUrl, port, logFile, env = {} }) {
  const backendUrl = `http://localhost:${port}`
  const storefrontUrl = `http://localhost:${env.STOREFRONT_PORT ?? 8000}`
  // medusa-config.ts's CORS defaults name ports 8000 and 9000; these follow PORT and
  // STOREFRONT_PORT (an explicit STORE_CORS, ADMIN_CORS or AUTH_CORS still wins).
  const cors = {
    STORE_CORS: process.env.STORE_CORS ?? `http://localhost:8000,${storefrontUrl}`,
    ADMIN_CORS: process.env.ADMIN_CORS ?? `${backendUrl},http://localhost:5173`,
    AUTH_CORS: process.env.AUTH_CORS ?? `${storefrontUrl},${backendUrl},http://localhost:5173`,
  }
  return startProcess("Medusa", process.execPath, [medusaBin, "develop", "--port", String(port)], {
    env: { DATABASE_URL: databaseUrl, MEDUSA_BACKEND_URL: backendUrl, ...cors, ...env },
    logFile,
  })
}

/**
 * `medusa start` in production mode, admin off: no file watcher (teammates' edits do not
 * restart it mid-run) and no Vite, as a deployed server runs. For the benchmark and the
 * multi-instance race.
 */
export function startMedusaServer({ databaseUrl, port, logFile, env = {} }) {
  return startProcess(`Medusa :${port}`, process.execPath, [medusaBin, "start", "--port", String(port)], {
    env: {
      NODE_ENV: "production",
      MEDUSA_ADMIN_DISABLED: "true",
      DATABASE_URL: databaseUrl,
      MEDUSA_BACKEND_URL: `http://localhost:${port}`,
      LOG_LEVEL: "warn",
      ...env,
    },
    logFile,
  })
}

export function startStorefront({ mode, port, backendUrl, publishableKey, logFile, env: extraEnv = {} }) {
  const env = {
    ...extraEnv,
    MEDUSA_BACKEND_URL: backendUrl,
    NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: publishableKey,
    NEXT_TELEMETRY_DISABLED: "1",
    // A production build gets its own folder, so it never clobbers a dev server's.
    ...(mode === "production" ? { NEXT_DIST_DIR: ".next-production" } : {}),
  }
  if (mode === "production") {
    runToEnd("Storefront build", process.execPath, [nextBin, "build"], { cwd: storefrontDir, env })
  }
  const command = mode === "production" ? "start" : "dev"
  return startProcess("Storefront", process.execPath, [nextBin, command, "-p", String(port)], {
    cwd: storefrontDir,
    env,
    logFile,
  })
}

export async function waitForHttp(url, { child, timeoutSeconds = 240 } = {}) {
  const giveUpAt = Date.now() + timeoutSeconds * 1000
  while (Date.now() < giveUpAt) {
    if (child && child.exitCode !== null) {
      throw new Error(`${child.label} exited with code ${child.exitCode} before answering ${url}.`)
    }
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutSeconds} s.`)
}

// `medusa develop` forks its server into a process group of its own, so a group kill is
// not enough: collect the whole tree before signalling it.
function processTree(pid) {
  const result = spawnSync("ps", ["-e", "-o", "pid=,ppid="], { encoding: "utf8" })
  const childrenOf = new Map()
  for (const line of result.stdout.trim().split("\n")) {
    const [child, parent] = line.trim().split(/\s+/).map(Number)
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), child])
  }
  const tree = []
  const visit = (id) => {
    tree.push(id)
    for (const child of childrenOf.get(id) ?? []) visit(child)
  }
  visit(pid)
  return tree
}

function signal(pids, name) {
  for (const pid of pids) {
    try {
      process.kill(pid, name)
    } catch {
      // already gone
    }
  }
}

/** Stops every process this module started, with everything they started. */
export async function stopAll() {
  const pids = [...children].flatMap((child) => processTree(child.pid))
  signal(pids, "SIGTERM")
  const giveUpAt = Date.now() + 8000
  const alive = () =>
    pids.filter((pid) => {
      try {
        process.kill(pid, 0)
        return true
      } catch {
        return false
      }
    })
  while (alive().length && Date.now() < giveUpAt) {
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  signal(alive(), "SIGKILL")
}
