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

  it("are each ranked in the order jest starts them (tests/helpers/heaviest-first.cjs)", () => {
    const groups = readdirSync(http)
      .filter((file) => file.endsWith(".spec.ts"))
      .map((file) => file.replace(/\.spec\.ts$/, ""))
    const ranked = /HEAVIEST_FIRST = \[([^\]]*)\]/.exec(
      readFileSync(path.join(__dirname, "../helpers/heaviest-first.cjs"), "utf8")
    )![1]
    expect([...ranked.matchAll(/"([\w-]+)"/g)].map((m) => m[1]).sort()).toEqual(groups.sort())
  })
})
