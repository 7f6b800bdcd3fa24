// Who may see and buy what, in the browser: the operator adds a partner (its secret shown
// once) and an invitation with a shared code on the admin's Partners and Invitations pages;
// a shopper arrives from the demo's partner game and sees the game's protected turn pack
// under "Playing as … at …", is stopped by the account's purchase limit with a clear
// message, and finds a private product only after entering the access code.
import { assert, eventually } from "../lib/harness.mjs"
import { FIRST_LOAD_MS, logInToAdmin } from "../lib/admin-login.mjs"
import { byTestId, expectPath, expectText, waitForHydration } from "../lib/browser.mjs"

const NEW_PARTNER = { name: "Harbour Quiz Night", return_url: "https://quiz.example/back" }
// The demo's partner game and its protected product (demo/partner-demo.ts).
const GAME = { name: "Salt Coast Online", player: "captain-ines", playerName: "Captain Ines" }
const TURNS = { store: "lantern-forge", handle: "turn-pack" }
const PRIVATE = { store: "tidewater-prints", handle: "tide-charts-2027-calendar" }
const CODE_FORMAT = /[23456789A-HJ-NP-Z]{4}(-[23456789A-HJ-NP-Z]{4}){3}/

/** A JSON call with the page's admin session, failing the step on an error. */
async function call(page, method, url, data) {
  const response = await page.request.fetch(url, { method, data })
  assert.ok(response.ok(), `${method} ${new URL(url).pathname}: HTTP ${response.status()} ${await response.text()}`)
  return response.json()
}

const productCard = (page, handle) => page.locator(`[data-testid="product-card"][data-handle="${handle}"]`)

/** The store's page, and whether it lists the product (the page is rendered for this shopper's cart). */
async function storeLists(page, baseUrl, store, handle) {
  await page.goto(`${baseUrl}/stores/${store}`)
  await byTestId(page, "product-grid").waitFor()
  return (await productCard(page, handle).count()) === 1
}

/** Clicks Add to cart once; the status the page settles on: "added", or the server's sentence. */
async function addOnce(page) {
  const button = byTestId(page, "add-to-cart")
  await waitForHydration(button)
  const status = byTestId(page, "add-to-cart-status")
  await button.click()
  await page.locator('[data-testid="add-to-cart-status"]:not([data-status="idle"])').waitFor({ timeout: 30_000 })
  await eventually(async () => assert.notEqual(await button.textContent(), "Adding…"))
  return { kind: await status.getAttribute("data-status"), text: (await status.textContent())?.trim() }
}

export function partnersSteps({ adminUrl, admin, baseUrl }) {
  const appUrl = `${adminUrl}/app`
  const found = {}

  return [
    {
      name: "admin adds a partner; its secret is shown once",
      timeout: FIRST_LOAD_MS + 120_000,
      run: async (page) => {
        await logInToAdmin(page, { appUrl, admin, landmark: 'a[href="/app/partners"]' })
        await page.goto(`${appUrl}/partners`)
        await page.locator("#partner-name").fill(NEW_PARTNER.name)
        await page.locator("#partner-return-url").fill(NEW_PARTNER.return_url)
        await page.getByRole("button", { name: "Add partner" }).click()
        const secret = byTestId(page, "partner-secret")
        await secret.waitFor({ timeout: 30_000 })
        const text = await secret.textContent()
        assert.match(text, new RegExp(`Signing secret for ${NEW_PARTNER.name}`))
        assert.match(text, /secret \S{20,}/, "the secret itself is shown")
        await page.getByText(NEW_PARTNER.name, { exact: true }).first().waitFor()
        // Shown once: after a reload the partner is listed, its secret is not.
        await page.reload()
        await page.getByText(NEW_PARTNER.name, { exact: true }).first().waitFor({ timeout: 30_000 })
        assert.equal(await secret.count(), 0, "the secret is shown again after a reload")
      },
    },
    {
      name: "admin makes the calendar private and invites with a shared code",
      timeout: 90_000,
      run: async (page) => {
        const { products } = await call(page, "GET", `${adminUrl}/admin/products?handle=${PRIVATE.handle}&fields=id`)
        found.calendar = products[0].id
        await call(page, "POST", `${adminUrl}/admin/products/${found.calendar}/visibility`, { kind: "private" })
        await page.goto(`${appUrl}/invitations`)
        await page.locator("#invitation-title").fill("Calendar preview")
        await page.locator("#invitation-products").fill(found.calendar)
        await page.locator("#invitation-uses").fill("5")
        await page.getByRole("button", { name: "Create invitation" }).click()
        const shared = byTestId(page, "shared-code")
        await shared.waitFor({ timeout: 30_000 })
        found.code = (await shared.textContent()).match(CODE_FORMAT)?.[0]
        assert.ok(found.code, "the shared code is shown")
        await page.getByText("shared …" + found.code.slice(-4)).waitFor()
      },
    },
    {
      name: "shopper arrives from the partner game and sees its protected turn pack",
      timeout: 120_000,
      run: async (page) => {
        assert.equal(await storeLists(page, baseUrl, TURNS.store, TURNS.handle), false, "turn pack listed before the handshake")
        await page.goto(`${baseUrl}/partner-demo`)
        await page.locator(`[data-testid="partner-demo-play"][data-account="${GAME.player}"]`).click()
        await expectPath(page, `/stores/${TURNS.store}/products/${TURNS.handle}`)
        await expectText(
          byTestId(page, "partner-banner"),
          `Playing as ${GAME.playerName} at ${GAME.name} · Back to ${GAME.name}`,
          {
            what: "partner banner",
          }
        )
        await expectText(byTestId(page, "product-title"), "Turn Pack", { what: "product title" })
        assert.equal(await storeLists(page, baseUrl, TURNS.store, TURNS.handle), true, "turn pack listed after the handshake")
      },
    },
    {
      name: "an add past the account's limit shows the clear message",
      timeout: 90_000,
      run: async (page) => {
        const { products } = await call(page, "GET", `${adminUrl}/admin/products?handle=${TURNS.handle}&fields=id`)
        await call(page, "POST", `${adminUrl}/admin/products/${products[0].id}/purchase-rule`, {
          limit_quantity: 1,
          limit_amount: 250,
          limit_period_days: 30,
        })
        await page.goto(`${baseUrl}/stores/${TURNS.store}/products/${TURNS.handle}`)
        assert.deepEqual(await addOnce(page), { kind: "added", text: "Added" })
        assert.deepEqual(await addOnce(page), {
          kind: "error",
          text: "Turn Pack is limited to 1 per account every 30 days: this account can buy 0 more.",
        })
      },
    },
    {
      name: "the Partners page shows the player's spend against the limit",
      timeout: 60_000,
      run: async (page) => {
        await page.goto(`${appUrl}/partners`)
        const row = page.getByRole("row").filter({ hasText: GAME.name })
        await row.getByRole("button", { name: "Accounts and spend" }).click()
        const account = page.locator(`[data-testid="partner-account-row"][data-account="${GAME.player}"]`)
        await account.waitFor({ timeout: 30_000 })
        // The line in the shopper's open cart counts, as it does when the next add is checked
        // (its price is whichever variant the product page picked first).
        await account.getByText(/^1 of 1 · \d+\.\d{2} of 250\.00$/).waitFor()
        await page.keyboard.press("Escape")
      },
    },
    {
      name: "a private product appears only after the access code",
      timeout: 90_000,
      run: async (page) => {
        assert.equal(await storeLists(page, baseUrl, PRIVATE.store, PRIVATE.handle), false, "calendar listed before the code")
        await page.goto(baseUrl)
        const form = byTestId(page, "access-code-form")
        await waitForHydration(form.locator("button"))
        await form.locator("#access-code").fill(found.code)
        await form.locator("button").click()
        await form.getByText("Unlocked").waitFor({ timeout: 30_000 })
        assert.equal(await storeLists(page, baseUrl, PRIVATE.store, PRIVATE.handle), true, "calendar listed after the code")
      },
    },
  ]
}
