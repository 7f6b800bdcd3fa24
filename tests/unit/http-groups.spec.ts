import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"

// Every HTTP suite runs in exactly one group spec: a suite no group imports would never run.
const http = path.join(__dirname, "../http")

describe("the HTTP suite's groups", () => {
  it("run every suite in tests/http/suites exactly once", () => {
    const suites = readdirSync(path.join(http, "suites")).map((file) => file.replace(/\.ts$/, ""))
    const imported = readdirSync(http)
      .filter((file) => file.endsWith(".spec.ts"))
      .flatMap((file) =>
        [...readFileSync(path.join(http, file), "utf8").matchAll(/from "\.\/suites\/([\w-]+)"/g)].map((m) => m[1])
      )
    expect([...imported].sort()).toEqual([...suites].sort())
  })
})
