// The type check of `npm test`: the plugin as `medusa plugin:build` compiles it, once as on a
// fresh clone (tsconfig.typecheck.json: without the types Medusa generates into
// .medusa/types) and once with them, when a server has generated them (tsconfig.json).
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import path from "node:path"
import { root } from "./lib/paths.mjs"

const tsc = path.join(root, "node_modules/typescript/bin/tsc")
const projects = ["tsconfig.typecheck.json", ...(existsSync(path.join(root, ".medusa/types")) ? ["tsconfig.json"] : [])]
let failed = false
for (const project of projects) {
  console.log(`tsc -p ${project}`)
  const { status } = spawnSync(process.execPath, [tsc, "--noEmit", "-p", project], { cwd: root, stdio: "inherit" })
  failed ||= status !== 0
}
process.exit(failed ? 1 : 0)
