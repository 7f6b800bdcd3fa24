// Installs dependencies when a fresh clone has none, so the README's commands work alone.
import { existsSync } from "node:fs"
import { spawnSync } from "node:child_process"
import path from "node:path"

export function ensureInstalled(dir, marker) {
  if (existsSync(path.join(dir, "node_modules", marker))) return
  console.log(`Installing dependencies in ${path.relative(process.cwd(), dir) || "."} (first run only)…`)
  const started = Date.now()
  const result = spawnSync("npm", ["install", "--no-audit", "--no-fund"], { cwd: dir, stdio: "inherit" })
  if (result.status !== 0) {
    // Its own output above says why; a stack trace here would only bury it.
    console.error(`npm install failed in ${dir} (its output is above): fix what it reports, then run the command again.`)
    process.exit(1)
  }
  console.log(`Installed in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
}
