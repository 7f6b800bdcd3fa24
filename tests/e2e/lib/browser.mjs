// Chromium through playwright-core, plus small page helpers shared by the journeys.
import { existsSync, appendFileSync } from "node:fs"
import { chromium } from "playwright-core"
import { assert, eventually } from "./harness.mjs"

export const CHROMIUM = "/usr/bin/chromium"

/** Fails early (before the stack boots) when the browser is missing. */
export function requireChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium was not found at ${CHROMIUM}. Install it with: apt-get install -y chromium`)
  }
}

export async function launchChromium() {
  requireChromium()
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
}

/**
 * A fresh context (own cookies) with one page; console errors, uncaught page errors and
 * failed responses (>= 500) go to `logFile`, prefixed by `label`. Uncaught page errors are
 * also collected in `pageErrors`.
 */
export async function openPage(browser, { label, logFile }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" })
  const page = await context.newPage()
  const pageErrors = []
  const log = (line) => appendFileSync(logFile, `[${new Date().toISOString()}] ${label}: ${line}\n`)
  page.on("console", (message) => {
    if (message.type() === "error") log(`console error on ${page.url()}: ${message.text()}`)
  })
  page.on("pageerror", (error) => {
    pageErrors.push({ url: page.url(), message: error.message })
    log(`page error on ${page.url()}: ${error.message}`)
  })
  page.on("response", (response) => {
    if (response.status() >= 500) log(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`)
  })
  return { context, page, pageErrors }
}

export const byTestId = (scope, id) => scope.locator(`[data-testid="${id}"]`)

/** The values of `attribute` on every element matching the locator, in page order. */
export const attributes = (locator, attribute) =>
  locator.evaluateAll((elements, name) => elements.map((el) => el.getAttribute(name)), attribute)

/** Waits until exactly `count` elements match. */
export const expectCount = (locator, count, { timeout = 15_000, what = "elements" } = {}) =>
  eventually(async () => assert.equal(await locator.count(), count, `expected ${count} ${what}`), { timeout })

/** Waits until the element's trimmed text equals `expected`. */
export const expectText = (locator, expected, { timeout = 15_000, what = "text" } = {}) =>
  eventually(async () => assert.equal((await locator.first().textContent())?.trim(), String(expected), `${what}`), { timeout })

/** Waits until the page's path is `expected` (client-side navigations included). */
export const expectPath = (page, expected, { timeout = 30_000 } = {}) =>
  eventually(async () => assert.equal(new URL(page.url()).pathname, expected, "page path"), { timeout })

/**
 * Server-rendered buttons ignore clicks until React has hydrated them; React marks a
 * hydrated element with its `__reactProps$…` key.
 */
export const waitForHydration = (locator, { timeout = 30_000 } = {}) =>
  eventually(
    async () =>
      assert.ok(
        await locator.first().evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactProps$"))),
        "the element was not hydrated by React"
      ),
    { timeout }
  )
