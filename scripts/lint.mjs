// `npm run lint` and the lint suite of `npm test`: ESLint (eslint.config.mjs) and Prettier's
// check (.prettierrc) over the same paths. Both run, so one run reports every problem.
import { spawnSync } from "node:child_process"
import path from "node:path"
import { root } from "./lib/paths.mjs"

const paths = [
  "src",
  "admin-extensions",
  "storefront-starter/src",
  "scripts",
  "demo",
  "tests",
  "medusa-config.ts",
  "eslint.config.mjs",
]
// The caches (under node_modules/.cache) make a re-run look only at changed files.
const steps = [
  [
    "eslint",
    "node_modules/eslint/bin/eslint.js",
    ["--cache", "--cache-location", "node_modules/.cache/eslint/", "--max-warnings", "0", ...paths],
  ],
  ["prettier --check", "node_modules/prettier/bin/prettier.cjs", ["--check", "--cache", "--log-level", "warn", ...paths]],
]
let failed = false
for (const [name, bin, args] of steps) {
  console.log(name)
  const { status } = spawnSync(process.execPath, [path.join(root, bin), ...args], { cwd: root, stdio: "inherit" })
  failed ||= status !== 0
}
process.exit(failed ? 1 : 0)
