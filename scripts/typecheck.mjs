// The type checks of `npm test`:
// - the plugin as `medusa plugin:build` compiles it, once as on a fresh clone
//   (tsconfig.typecheck.json: without the types Medusa generates into .medusa/types) and once
//   with them, when a server has generated them (tsconfig.json);
// - the admin extensions with the dashboard entries under src/admin (admin-extensions/tsconfig.json);
// - the storefront starter, with its own dependencies and TypeScript. Its
//   tsconfig.typecheck.json leaves out the route types Next writes under .next: they exist
//   only after a Next run, and go stale when pages change after it.
// Two checks run at a time; each one's output is printed when it ends.
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { ensureInstalled } from "./lib/install.mjs"
import { root, storefrontDir } from "./lib/paths.mjs"

ensureInstalled(root, "typescript")
ensureInstalled(storefrontDir, "typescript")

const rootTsc = path.join(root, "node_modules/typescript/bin/tsc")
const checks = [
  { tsc: rootTsc, project: "tsconfig.typecheck.json" },
  ...(existsSync(path.join(root, ".medusa/types")) ? [{ tsc: rootTsc, project: "tsconfig.json" }] : []),
  { tsc: rootTsc, project: "admin-extensions/tsconfig.json" },
  { tsc: path.join(storefrontDir, "node_modules/typescript/bin/tsc"), project: "storefront-starter/tsconfig.typecheck.json" },
]

function check({ tsc, project }) {
  return new Promise((resolve) => {
    const started = Date.now()
    const child = spawn(process.execPath, [tsc, "--noEmit", "-p", project], { cwd: root })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("close", (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      console.log(`tsc -p ${project}: ${code === 0 ? "passed" : "FAILED"} (${seconds} s)`)
      if (output) process.stdout.write(output)
      resolve(code === 0)
    })
  })
}

const queue = [...checks]
const worker = async () => {
  let ok = true
  for (let next = queue.shift(); next; next = queue.shift()) {
    ok = (await check(next)) && ok
  }
  return ok
}
const workers = Math.min(2, os.availableParallelism(), checks.length)
const results = await Promise.all(Array.from({ length: workers }, worker))
process.exit(results.every(Boolean) ? 0 : 1)
