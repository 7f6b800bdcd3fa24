// Live stock and holds: a product page's available count follows another shopper's holds
// (through the stream, and by polling when the stream is blocked); the shopper's own cart
// counts its hold down, shows a released hold as expired and holds it again.
import { assert, eventually, seconds } from "../lib/harness.mjs"
import { byTestId, expectCount, expectText, waitForHydration } from "../lib/browser.mjs"
import { operator, otherShopper } from "../lib/actors.mjs"

// A product no other journey holds, so its count is the demo's 60 until this one acts.
const BOOK = { store: "tidewater-prints", product: "tales-of-the-salt-coast", stocked: 60 }
const STREAM = "**/api/federated-stock/stream**"
// Polling runs every 10 s: a change shows within one interval and a page load.
const POLLED_WITHIN_MS = 15_000
const MINE = 2

const count = (page) => byTestId(page, "available-quantity")

async function expectLiveMode(page, mode) {
  await eventually(async () => assert.equal(await count(page).getAttribute("data-live-stock"), mode, "live stock mode"))
}

/** Waits for the count to read `expected` and says how long after `since` it did. */
async function expectCountSince(page, expected, since, { timeout = 5_000 } = {}) {
  await count(page)
    .filter({ hasText: new RegExp(`^${expected} available$`) })
    .waitFor({ timeout })
    .catch(async () => assert.fail(`available count: expected "${expected} available", saw "${await count(page).textContent()}"`))
  return Date.now() - since
}

async function clickWhenHydrated(locator) {
  await waitForHydration(locator)
  await locator.click()
}

export function liveStockSteps({ baseUrl, backendUrl, demo, admin }) {
  const shopper = otherShopper({ backendUrl, demo })
  const desk = operator({ backendUrl, admin })
  const state = {}

  return [
    {
      name: "a product page opens its live count",
      run: async (page) => {
        state.variant = await shopper.firstVariant(BOOK.store, BOOK.product)
        await page.goto(`${baseUrl}/stores/${BOOK.store}/products/${BOOK.product}`)
        await expectText(count(page), `${BOOK.stocked} available`, { what: "available count" })
        await expectLiveMode(page, "stream")
      },
    },
    {
      name: "another shopper's hold lowers the count live",
      run: async (page) => {
        const sent = Date.now()
        state.line = await shopper.add(state.variant.id, 3)
        const took = await expectCountSince(page, BOOK.stocked - 3, sent)
        console.log(`      count updated ${took} ms after the other shopper's add-to-cart was sent`)
      },
    },
    {
      name: "their removing the line frees the units live",
      run: async (page) => {
        const sent = Date.now()
        await shopper.remove(state.line.id)
        const took = await expectCountSince(page, BOOK.stocked, sent)
        console.log(`      count updated ${took} ms after the line's removal was sent`)
      },
    },
    {
      name: "without the stream, the page polls the count",
      timeout: 90_000,
      run: async (page) => {
        await page.route(STREAM, (route) => route.abort())
        try {
          await page.reload()
          await expectLiveMode(page, "polling")
          state.line = await shopper.add(state.variant.id, 2)
          const took = await expectCountSince(page, BOOK.stocked - 2, Date.now(), { timeout: POLLED_WITHIN_MS })
          console.log(`      polled count updated ${seconds(took)} after the other shopper's add-to-cart answered`)
        } finally {
          await page.unroute(STREAM)
          await shopper.remove(state.line.id)
        }
      },
    },
    {
      name: "my own hold counts down in the cart",
      run: async (page) => {
        await byTestId(page, "quantity-input").fill(String(MINE))
        await clickWhenHydrated(byTestId(page, "add-to-cart"))
        await page.locator('[data-testid="add-to-cart-status"][data-status="added"]').waitFor({ timeout: 30_000 })
        await page.goto(`${baseUrl}/cart`)
        const countdown = byTestId(page, "line-hold-countdown")
        await expectCount(countdown, 1, { what: "line hold countdowns" })
        // Holds last 15 minutes by default; the countdown ticks in the browser.
        await eventually(async () => assert.match((await countdown.textContent())?.trim() ?? "", /^1[0-5]:\d\d$/, "time left"))
        const before = (await countdown.textContent())?.trim()
        await eventually(async () => assert.notEqual((await countdown.textContent())?.trim(), before, "the countdown ticks"), {
          timeout: 5_000,
        })
        await byTestId(page, "holds-countdown").waitFor()
        assert.equal(await byTestId(page, "extend-holds").count(), 0, "no 'Keep my items' while the hold is young")
        state.cartId = (await page.context().cookies()).find((cookie) => cookie.name === "_medusa_cart_id")?.value
      },
    },
    {
      name: "a lost hold shows Expired, and Hold again names the free count when units are gone",
      run: async (page) => {
        await desk.releaseHolds(state.cartId, "browser suite: the hold runs out")
        state.line = await shopper.add(state.variant.id, BOOK.stocked - 1)
        await page.reload()
        await byTestId(page, "line-hold-expired").waitFor()
        await clickWhenHydrated(byTestId(page, "line-hold-again"))
        const error = byTestId(page, "line-hold-error")
        await error.waitFor({ timeout: 30_000 })
        assert.match((await error.textContent()) ?? "", /\b1\b/, "the refusal names the one unit still free")
      },
    },
    {
      name: "Hold again holds the line once the units are free",
      run: async (page) => {
        await shopper.remove(state.line.id)
        await byTestId(page, "line-hold-again").click()
        await expectCount(byTestId(page, "line-hold-countdown"), 1, { timeout: 30_000, what: "line hold countdowns" })
        assert.equal(await byTestId(page, "line-hold-expired").count(), 0, "no Expired badge once held again")
      },
    },
  ]
}
