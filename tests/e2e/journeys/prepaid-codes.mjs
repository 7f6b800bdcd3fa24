// Prepaid codes in the browser: the operator generates a batch of codes for the game's
// turn pack on the admin's Prepaid codes page and downloads its CSV (the only place the
// codes exist in clear); a player arriving from the partner game enters one in the
// prepaid code box, finds the turn pack in the cart at $0 beside its crossed-out price;
// the operator then finds the code by its last 4, reserved.
import { readFileSync } from "node:fs"
import { assert } from "../lib/harness.mjs"
import { FIRST_LOAD_MS, logInToAdmin } from "../lib/admin-login.mjs"
import { byTestId, expectCount, expectPath, expectText, waitForHydration } from "../lib/browser.mjs"

// The demo game's player without a history here (demo/partner-demo.ts), and its turn pack.
const PLAYER = { id: "deckhand-tom", name: "Deckhand Tom" }
const TURNS = { handle: "turn-pack", variant: "10 turns", price: "$4.99" }
const CODE_FORMAT = /^[23456789A-HJ-NP-Z]{4}(-[23456789A-HJ-NP-Z]{4}){3}$/

async function variantId(page, adminUrl) {
  const response = await page.request.get(
    `${adminUrl}/admin/products?handle=${TURNS.handle}&fields=id,variants.id,variants.title`
  )
  assert.ok(response.ok(), `GET /admin/products: HTTP ${response.status()}`)
  const { products } = await response.json()
  const variant = products[0]?.variants?.find((candidate) => candidate.title === TURNS.variant)
  assert.ok(variant, `no "${TURNS.variant}" variant of ${TURNS.handle}`)
  return variant.id
}

export function prepaidCodesSteps({ adminUrl, admin, baseUrl }) {
  const appUrl = `${adminUrl}/app`
  const found = {}

  return [
    {
      name: "the operator generates codes and downloads them as CSV",
      timeout: FIRST_LOAD_MS + 60_000,
      run: async (page) => {
        await logInToAdmin(page, { appUrl, admin, landmark: 'a[href="/app/prepaid-codes"]' })
        const variant = await variantId(page, adminUrl)
        await page.locator('a[href="/app/prepaid-codes"]').first().click()
        await expectPath(page, "/app/prepaid-codes")
        await page.locator("#prepaid-variant").fill(variant)
        await page.locator("#prepaid-count").fill("2")
        await page.getByRole("button", { name: "Generate codes" }).click()
        const batch = byTestId(page, "prepaid-batch")
        await batch.waitFor({ timeout: 30_000 })
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          batch.getByRole("button", { name: "Download CSV" }).click(),
        ])
        const rows = readFileSync(await download.path(), "utf8")
          .trim()
          .split("\n")
        assert.equal(rows[0], "code,last4,sku")
        assert.equal(rows.length, 3, "a header and two codes")
        found.code = rows[1].split(",")[0]
        assert.match(found.code, CODE_FORMAT)
      },
    },
    {
      name: "a player from the game redeems a code: the turn pack is in the cart at $0, its price crossed out",
      timeout: 120_000,
      run: async (page) => {
        await page.goto(baseUrl)
        assert.equal(await byTestId(page, "prepaid-code-form").count(), 0, "no prepaid code box before the handshake")
        await page.goto(`${baseUrl}/partner-demo`)
        await page.locator(`[data-testid="partner-demo-play"][data-account="${PLAYER.id}"]`).click()
        await byTestId(page, "partner-banner").waitFor({ timeout: 30_000 })
        await page.goto(baseUrl)
        const form = byTestId(page, "prepaid-code-form")
        await waitForHydration(form.locator("button"))
        await form.locator("#prepaid-code").fill(found.code.toLowerCase())
        await form.locator("button").click()
        await byTestId(form, "prepaid-code-redeemed").waitFor({ timeout: 30_000 })

        await page.goto(`${baseUrl}/cart`)
        const line = page.locator('[data-testid="cart-line"]').filter({ has: byTestId(page, "line-prepaid") })
        await expectCount(line, 1, { timeout: 30_000, what: "redeemed lines" })
        await expectText(byTestId(line, "line-list-price"), TURNS.price, { what: "crossed-out list price" })
        await expectText(byTestId(line, "line-unit-price"), "$0.00", { what: "price paid" })
        assert.equal(await byTestId(line, "line-increment").count(), 0, "a redeemed line has no quantity control")
      },
    },
    {
      name: "the operator finds the code by its last 4, reserved",
      timeout: 60_000,
      run: async (page) => {
        await page.goto(`${appUrl}/prepaid-codes`)
        await page.getByLabel("Search by last 4").fill(found.code.slice(-4))
        const row = byTestId(page, "prepaid-code-row").filter({ hasText: found.code.slice(-4) })
        await expectCount(row, 1, { timeout: 30_000, what: "rows for the code" })
        await expectText(row.locator("td").nth(2), "reserved", { what: "status" })
      },
    },
  ]
}
