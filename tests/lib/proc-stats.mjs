// CPU time and peak memory of running processes, read from Linux's /proc: what a server and
// PostgreSQL spent during a batch of requests, measured from outside them.
import { execFileSync } from "node:child_process"
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100
  } catch {
    return 100
  }
})()

/** /proc/<pid>/stat's fields after the command name (which may hold spaces and parentheses). */
function statFields(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8")
    return text.slice(text.lastIndexOf(")") + 2).split(" ")
  } catch {
    return null // gone meanwhile
  }
}

/** The pid and every live descendant of it. */
export function processTree(rootPid) {
  const childrenOf = new Map()
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue
    const fields = statFields(name)
    if (!fields) continue
    const parent = Number(fields[1])
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), Number(name)])
  }
  const tree = []
  const visit = (pid) => {
    tree.push(pid)
    for (const child of childrenOf.get(pid) ?? []) visit(child)
  }
  visit(rootPid)
  return tree
}

/**
 * CPU seconds (user + system) of a process and its descendants so far. Children that ended
 * count through the root's cutime/cstime, so PostgreSQL's backends that closed are not lost.
 */
export function cpuSeconds(rootPid) {
  let ticks = 0
  for (const pid of processTree(rootPid)) {
    const fields = statFields(pid)
    if (!fields) continue
    // utime, stime, cutime, cstime are fields 14–17 of stat; here 0-based after the name.
    ticks += Number(fields[11]) + Number(fields[12])
    if (pid === rootPid) ticks += Number(fields[13]) + Number(fields[14])
  }
  return ticks / TICKS_PER_SECOND
}

/** Peak resident memory (VmHWM) in MB over the process and its live descendants. */
export function peakRssMb(rootPid) {
  let kib = 0
  for (const pid of processTree(rootPid)) {
    try {
      const match = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmHWM:\s+(\d+) kB/m)
      if (match) kib += Number(match[1])
    } catch {
      // gone meanwhile
    }
  }
  return kib / 1024
}

/** The postmaster's pid, from the pid file PostgreSQL keeps in its data folder. */
export function postmasterPid(dataDir) {
  return Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0])
}

/** CPU seconds each of the named processes spent while fn ran, with fn's result and wall time. */
export async function measureCpu(pids, fn) {
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid)]))
  const started = performance.now()
  const result = await fn()
  const wallMs = performance.now() - started
  const cpu = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid) - before[name]]))
  return { result, wallMs, cpu }
}
