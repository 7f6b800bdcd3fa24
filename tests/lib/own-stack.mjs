// A running federation of its own for the scripts that load or race real servers (the
// benchmark, the two-instance race): an embedded PostgreSQL, the migrations and the demo
// seed, optionally a Redis, and several `medusa start` processes on the one database.
// Everything it starts is stopped together, on success, on failure and on Ctrl-C.
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { portIsFree, startPostgres } from "../../scripts/lib/postgres.mjs"
import { prepareDatabase, startMedusaServer, startProcess, stopAll, waitForHttp } from "../../scripts/lib/stack.mjs"

const onPath = (command) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0

/**
 * Debian's `redis-server`, installed with apt-get when missing and this runs as root (as
 * .ci/run installs Chromium). Returns false, with the reason printed, when there is none.
 */
export function ensureRedisServer() {
  if (onPath("redis-server")) return true
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0
  if (!isRoot || !onPath("apt-get")) {
    console.log("redis-server is not installed, and installing it needs root and apt-get.")
    return false
  }
  console.log("redis-server is missing: apt-get install -y redis-server …")
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  const install = () =>
    spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "redis-server"], { env, stdio: "inherit" })
  if (install().status !== 0) {
    spawnSync("apt-get", ["update"], { env, stdio: "inherit" })
    install()
  }
  return onPath("redis-server")
}

export async function requireFreePorts(ports) {
  for (const port of ports) {
    if (!(await portIsFree(port))) {
      throw new Error(`Port ${port} is in use (an earlier run still up, or someone else's server).`)
    }
  }
}

function tail(file, lines) {
  if (!existsSync(file)) return "(no log)"
  return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n")
}

/**
 * @param {{
 *   dataDir: string,      // PostgreSQL's data and the logs go here; emptied first
 *   pgPort: number,
 *   redisPort?: number,   // when given, a Redis is started and every server gets REDIS_URL
 *   servers: { port: number, name: string, env?: Record<string, string> }[],
 *   beforeServers?: (databaseUrl: string) => Promise<void> | void, // extra seeding, before any server reads the data
 * }} options
 */
export async function startOwnStack({ dataDir, pgPort, redisPort, servers, beforeServers }) {
  const logs = path.join(dataDir, "logs")
  let database
  const stop = stopperOf(() => database)

  try {
    await requireFreePorts([...servers.map((server) => server.port), ...(redisPort ? [redisPort] : [])])
    rmSync(logs, { recursive: true, force: true })
    mkdirSync(logs, { recursive: true })

    const env = {}
    if (redisPort) {
      const redis = startProcess("Redis", "redis-server", ["--port", String(redisPort), "--save", "", "--appendonly", "no"], {
        logFile: path.join(logs, "redis.log"),
      })
      await waitForPort(redisPort, redis)
      env.REDIS_URL = `redis://localhost:${redisPort}`
    }

    database = await startPostgres({ dataDir: path.join(dataDir, "postgres"), port: pgPort, fresh: true })
    await database.ensureDatabase("federated_cart")
    const databaseUrl = database.url("federated_cart")
    const demo = await prepareDatabase({
      databaseUrl,
      backendUrl: `http://localhost:${servers[0].port}`,
      outputFile: path.join(dataDir, "demo.json"),
    })
    await beforeServers?.(databaseUrl)

    const started = servers.map((server) => {
      const logFile = path.join(logs, `medusa-${server.name}.log`)
      const child = startMedusaServer({ databaseUrl, port: server.port, logFile, env: { ...env, ...server.env } })
      return { ...server, url: `http://localhost:${server.port}`, logFile, child }
    })
    for (const server of started) {
      await waitForHttp(`${server.url}/health`, { child: server.child, timeoutSeconds: 240 }).catch((error) => {
        throw new Error(`${error.message}\n--- last lines of ${server.logFile} ---\n${tail(server.logFile, 40)}`)
      })
    }

    const sql = new pg.Pool({ connectionString: databaseUrl, max: 2 })
    return {
      databaseUrl,
      demo,
      servers: started,
      redisUrl: env.REDIS_URL,
      sql: (text, params) => sql.query(text, params).then((result) => result.rows),
      stop: async () => {
        await sql.end().catch(() => {})
        await stop()
      },
      logTails: (lines = 30) =>
        started.map((server) => `--- last lines of ${server.logFile} ---\n${tail(server.logFile, lines)}`).join("\n"),
    }
  } catch (error) {
    await stop()
    throw error
  }
}

/**
 * Stops every process the stack started, then its PostgreSQL (the one `database()` returns
 * then), once however often it is called; also on Ctrl-C and the other stop signals.
 */
export function stopperOf(database) {
  let stopping
  const stop = () =>
    (stopping ??= (async () => {
      await stopAll()
      await database()
        ?.stop()
        .catch((error) => console.error(`Stopping PostgreSQL: ${error.message}`))
    })())
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.once(signal, async () => {
      console.log(`\n${signal}: stopping the servers and PostgreSQL…`)
      await stop()
      process.exit(130)
    })
  }
  return stop
}

/**
 * Starts the stack, runs `body(stack)` and stops everything whatever happens, then ends the
 * process: code 1 when anything failed, printed with the servers' last log lines.
 */
export function runOnOwnStack(options, body) {
  return runStack(() => startOwnStack(options), body)
}

/** `runOnOwnStack` for any stack: `start()` returns one with `stop()` and `logTails()`. */
export async function runStack(start, body) {
  let stack
  let exitCode = 0
  try {
    stack = await start()
    await body(stack)
  } catch (error) {
    exitCode = 1
    console.error(`\nThe run failed: ${error.stack ?? error.message}`)
    if (stack) console.error(stack.logTails())
  } finally {
    await stack?.stop()
  }
  process.exit(exitCode)
}

export async function waitForPort(port, child, timeoutSeconds = 20) {
  const giveUpAt = Date.now() + timeoutSeconds * 1000
  while (Date.now() < giveUpAt) {
    if (child.exitCode !== null) throw new Error(`${child.label} exited with code ${child.exitCode}.`)
    if (!(await portIsFree(port))) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${child.label} did not listen on port ${port} within ${timeoutSeconds} s.`)
}

/**
 * Stock of the inventory item behind a variant SKU, as Medusa and the ticketing module
 * record it: stocked and reserved units over its levels, the units of live reservations,
 * and the units of held tickets that have not run out.
 */
export async function stockOf(sql, variantSku) {
  const [row] = await sql(
    `WITH item AS (
       SELECT pvii.inventory_item_id AS id
         FROM product_variant pv
         JOIN product_variant_inventory_item pvii ON pvii.variant_id = pv.id AND pvii.deleted_at IS NULL
        WHERE pv.sku = $1 AND pv.deleted_at IS NULL
        LIMIT 1)
     SELECT item.id,
       (SELECT coalesce(sum(stocked_quantity), 0) FROM inventory_level l WHERE l.inventory_item_id = item.id AND l.deleted_at IS NULL) AS stocked,
       (SELECT coalesce(sum(reserved_quantity), 0) FROM inventory_level l WHERE l.inventory_item_id = item.id AND l.deleted_at IS NULL) AS reserved,
       (SELECT coalesce(sum(quantity), 0) FROM reservation_item r WHERE r.inventory_item_id = item.id AND r.deleted_at IS NULL) AS reservations,
       (SELECT coalesce(sum(quantity), 0) FROM ticket t
         WHERE t.inventory_item_id = item.id AND t.status = 'held' AND t.expires_at > now() AND t.deleted_at IS NULL) AS held
     FROM item`,
    [variantSku]
  )
  if (!row) throw new Error(`No inventory item behind variant ${variantSku}.`)
  return {
    inventory_item_id: row.id,
    stocked: Number(row.stocked),
    reserved: Number(row.reserved),
    reservations: Number(row.reservations),
    held: Number(row.held),
  }
}
