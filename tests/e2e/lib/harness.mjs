// A tiny step runner: steps run in order, each is timed and photographed, and the first
// failure in a journey skips the rest of it (later steps build on earlier ones).
import assert from "node:assert/strict"
import { mkdirSync } from "node:fs"
import path from "node:path"

export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`

const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")

/** Retries `check` (which throws, e.g. with assert) until it passes or `timeout` ms have gone by. */
export async function eventually(check, { timeout = 15_000, interval = 250 } = {}) {
  const giveUpAt = Date.now() + timeout
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() >= giveUpAt) throw error
    }
    await new Promise((resolve) => setTimeout(resolve, interval))
  }
}

function withTimeout(promise, ms, what) {
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${seconds(ms)}`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

export function createRecorder({ screenshotDir }) {
  mkdirSync(screenshotDir, { recursive: true })
  const results = []
  let shot = 0

  async function screenshot(page, name) {
    const file = path.join(screenshotDir, `${String(++shot).padStart(2, "0")}-${slug(name)}.png`)
    try {
      await page.screenshot({ path: file, fullPage: true, timeout: 15_000 })
      return file
    } catch {
      return null
    }
  }

  /** Times something that is not a browser step (booting the stack). */
  async function phase(group, name, run) {
    const started = Date.now()
    try {
      const value = await run()
      results.push({ group, name, status: "pass", ms: Date.now() - started })
      console.log(`  ✓ ${name} (${seconds(Date.now() - started)})`)
      return value
    } catch (error) {
      results.push({ group, name, status: "fail", ms: Date.now() - started, error })
      console.log(`  ✗ ${name} (${seconds(Date.now() - started)})\n      ${error.message}`)
      error.reported = true
      throw error
    }
  }

  /**
   * Runs `steps` ([{ name, timeout?, run(page) }]) on `page`, one screenshot per step
   * (named NN-step-name.png, or NN-step-name-failed.png).
   */
  async function journey(group, page, steps) {
    console.log(`\n${group}`)
    let failed = false
    for (const step of steps) {
      if (failed) {
        results.push({ group, name: step.name, status: "skip", ms: 0 })
        console.log(`  - ${step.name} (skipped)`)
        continue
      }
      const started = Date.now()
      try {
        await withTimeout(step.run(page), step.timeout ?? 60_000, `"${step.name}"`)
        const ms = Date.now() - started
        const file = await screenshot(page, step.name)
        results.push({ group, name: step.name, status: "pass", ms, file })
        console.log(`  ✓ ${step.name} (${seconds(ms)})`)
      } catch (error) {
        failed = true
        const ms = Date.now() - started
        const file = await screenshot(page, `${step.name} failed`)
        results.push({ group, name: step.name, status: "fail", ms, error, file })
        console.log(`  ✗ ${step.name} (${seconds(ms)})\n      ${error.message.split("\n").join("\n      ")}`)
        if (file) console.log(`      screenshot: ${path.relative(process.cwd(), file)}`)
      }
    }
    return !failed
  }

  function summary(totalMs) {
    const width = Math.max(...results.map((r) => r.name.length), 20)
    const mark = { pass: "pass", fail: "FAIL", skip: "skip" }
    console.log("\nSummary")
    let group
    for (const result of results) {
      if (result.group !== group) {
        group = result.group
        const groupMs = results.filter((r) => r.group === group).reduce((sum, r) => sum + r.ms, 0)
        console.log(`  ${group} (${seconds(groupMs)})`)
      }
      const time = result.status === "skip" ? "" : seconds(result.ms).padStart(8)
      console.log(`    ${mark[result.status]}  ${result.name.padEnd(width)} ${time}`)
    }
    const count = (status) => results.filter((r) => r.status === status).length
    console.log(`  total ${seconds(totalMs)}: ${count("pass")} passed, ${count("fail")} failed, ${count("skip")} skipped`)
  }

  const ok = () => results.length > 0 && results.every((r) => r.status === "pass")

  return { phase, journey, summary, ok, results }
}

export { assert }
