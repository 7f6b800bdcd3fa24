// What every benchmark writes beside its printed table: which code it measured, and its
// figures as JSON in its output folder.
import { execSync } from "node:child_process"
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { root } from "../../scripts/lib/paths.mjs"

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`

/** The commit measured, and whether src/ had uncommitted changes. */
export function gitDescription() {
  try {
    const git = (args) => execSync(`git ${args}`, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()
    const commit = git("rev-parse --short HEAD")
    const dirty = git("status --porcelain -- src") !== ""
    return `${commit}${dirty ? " + uncommitted changes in src/" : ""}`
  } catch {
    return "unknown"
  }
}

/** Writes `figures` to `<output>/<name>-<measured_at>.json` and says where, with the run's total time. */
export function writeFigures(output, name, figures, startedAt) {
  mkdirSync(output, { recursive: true })
  const file = path.join(output, `${name}-${figures.measured_at.replace(/[:.]/g, "-")}.json`)
  writeFileSync(file, JSON.stringify(figures, null, 2))
  console.log(`\nFigures written to ${path.relative(root, file)} (total ${seconds(Date.now() - startedAt)}).`)
}
