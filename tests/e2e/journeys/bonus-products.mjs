// Free bonus products: the operator sets a bonus rule on the admin's Bonus rules page; a
// shopper whose cart reaches the threshold sees the bonus line marked free, with no
// quantity control, and sees it leave when the cart drops below; the operator then
// deactivates the rule (so the journeys after this one see no bonus).
import { assert, eventually } from "../lib/harness.mjs"
import { FIRST_LOAD_MS, logInToAdmin } from "../lib/admin-login.mjs"
import { byTestId, expectCount, expectPath, waitForHydration } from "../lib/browser.mjs"
import { addToCart } from "./storefront.mjs"

// Tidewater's book is $32: two reach the $60 threshold, one does not.
const BOOK = { store: "tidewater-prints", product: "tales-of-the-salt-coast" }
// The gift is a product no other journey touches: the partners journey makes the calendar
// private, and a bonus the shopper may not see is (rightly) never added.
const GIFT = { handle: "dockside-hoodie", title: "Free hoodie over $60", threshold: "60" }

const cartLines = (page) => byTestId(page, "cart-line")
const bonusLine = (page) => page.locator('[data-testid="cart-line"][data-bonus="true"]')
const bookLine = (page) => page.locator('[data-testid="cart-line"]:not([data-bonus])')

async function variantOf(page, adminUrl, handle) {
  const response = await page.request.get(`${adminUrl}/admin/products?handle=${handle}&fields=id,variants.id`)
  assert.ok(response.ok(), `GET /admin/products: HTTP ${response.status()}`)
  const { products } = await response.json()
  assert.ok(products[0]?.variants?.[0], `no product with handle ${handle}`)
  return products[0].variants[0].id
}

async function openCart(page, baseUrl) {
  await page.goto(`${baseUrl}/cart`)
  await expectPath(page, "/cart")
}

export function bonusProductsSteps({ adminUrl, admin, baseUrl }) {
  const appUrl = `${adminUrl}/app`
  const state = {}

  return [
    {
      name: "the operator creates a bonus rule",
      timeout: FIRST_LOAD_MS + 60_000,
      run: async (page) => {
        await logInToAdmin(page, { appUrl, admin, landmark: 'a[href="/app/bonus-rules"]' })
        state.variant = await variantOf(page, adminUrl, GIFT.handle)
        await page.locator('a[href="/app/bonus-rules"]').first().click()
        await expectPath(page, "/app/bonus-rules")
        await byTestId(page, "bonus-title").fill(GIFT.title)
        await byTestId(page, "bonus-threshold").fill(GIFT.threshold)
        await byTestId(page, "bonus-variant").fill(state.variant)
        await byTestId(page, "bonus-save").click()
        const row = page.locator('[data-testid^="bonus-rule-"]').filter({ hasText: GIFT.title })
        await row.waitFor({ timeout: 30_000 })
        state.ruleId = (await row.getAttribute("data-testid")).replace("bonus-rule-", "")
      },
    },
    {
      name: "reaching the threshold puts the hoodie in the cart, free",
      timeout: 120_000,
      run: async (page) => {
        await page.goto(`${baseUrl}/stores/${BOOK.store}/products/${BOOK.product}`)
        await addToCart(page, {})
        await openCart(page, baseUrl)
        await expectCount(cartLines(page), 1, { timeout: 30_000, what: "cart lines" })
        // One book ($32) is below the threshold; the second one reaches it.
        const increment = byTestId(bookLine(page), "line-increment")
        await waitForHydration(increment)
        await increment.click()
        await expectCount(bonusLine(page), 1, { timeout: 30_000, what: "bonus lines" })
        const bonus = bonusLine(page)
        await byTestId(bonus, "line-free").waitFor()
        assert.equal(await byTestId(bonus, "line-unit-price").textContent(), "Free")
        assert.equal(await byTestId(bonus, "line-increment").count(), 0, "a bonus line has no quantity control")
        assert.equal(await byTestId(bonus, "line-remove").count(), 0, "a bonus line has no remove button")
      },
    },
    {
      name: "dropping below the threshold takes the bonus away",
      run: async (page) => {
        const decrement = byTestId(bookLine(page), "line-decrement")
        await waitForHydration(decrement)
        await decrement.click()
        await expectCount(bonusLine(page), 0, { timeout: 30_000, what: "bonus lines" })
        await expectCount(cartLines(page), 1, { what: "cart lines" })
        // Leave the cart empty: the journeys after this one count the book's stock.
        const remove = byTestId(bookLine(page), "line-remove")
        await remove.click()
        await expectCount(cartLines(page), 0, { timeout: 30_000, what: "cart lines" })
      },
    },
    {
      name: "the operator deactivates the rule",
      run: async (page) => {
        await page.goto(`${appUrl}/bonus-rules`)
        const toggle = byTestId(page, `bonus-toggle-${state.ruleId}`)
        await toggle.waitFor({ timeout: 60_000 })
        await toggle.click()
        await eventually(
          async () => assert.equal((await toggle.textContent())?.trim(), "Activate", "toggle after deactivating"),
          {
            timeout: 30_000,
          }
        )
      },
    },
  ]
}
