// One checkout for three stores: the shopper adds a product from each, fills the checkout
// (e-mail, address, a shipping choice per store), pays once and sees one order per store;
// an operator ships one store's order and the shopper's Deliveries page shows it shipped;
// the admin's order page lists the group's other two orders.
import { assert, eventually } from "../lib/harness.mjs"
import { FIRST_LOAD_MS, logInToAdmin } from "../lib/admin-login.mjs"
import { attributes, byTestId, expectCount, expectPath, expectText, waitForHydration } from "../lib/browser.mjs"
import { operator } from "../lib/actors.mjs"
import { addToCart, expectCartState } from "./storefront.mjs"

// A public product of each store (demo/catalogue.ts), and the shipping option picked for it.
const PICKS = [
  { store: "tidewater-prints", product: "tales-of-the-salt-coast", price: 32, shipping: "Priority", shippingAmount: 9 },
  { store: "harbor-thread", product: "harbor-crew-cap", variant: "Navy", price: 22, shipping: "Standard", shippingAmount: 5 },
  {
    store: "lantern-forge",
    product: "salt-coast-cover-print",
    price: 26,
    shipping: "Print shipped by Tidewater",
    shippingAmount: 4,
  },
]
// The store whose order the operator ships.
const SHIPPED = "harbor-thread"
const ADDRESS = {
  email: "ada@example.com",
  "first-name": "Ada",
  "last-name": "Shopper",
  "address-1": "1 Harbor Road",
  city: "Portland",
  "postal-code": "04101",
}
// The Deliveries page streams updates, else polls every 10 s: a change shows within one interval and a read.
const DELIVERY_SHOWS_WITHIN_MS = 15_000

const usd = (amount) => `$${amount.toFixed(2)}`
const TOTAL = PICKS.reduce((sum, pick) => sum + pick.price + pick.shippingAmount, 0)

const byStore = (page, testId, handle) => page.locator(`[data-testid="${testId}"][data-store-handle="${handle}"]`)

async function clickWhenHydrated(locator) {
  await waitForHydration(locator)
  await locator.click()
}

/** Fails the step with the page's error message, if it shows one. */
async function refuseOnError(error, what) {
  if (await error.isVisible()) assert.fail(`${what}: ${(await error.textContent())?.trim()}`)
}

/** Picks a store's option by its name and waits for the server to hold it as the store's shipping method. */
async function chooseShipping(page, { store, shipping }) {
  const group = byStore(page, "shipping-store", store)
  const option = byTestId(group, "shipping-option").filter({ hasText: shipping })
  await expectCount(option, 1, { what: `"${shipping}" options of ${store}` })
  const optionId = await option.getAttribute("data-option-id")
  await clickWhenHydrated(option.locator('input[type="radio"]'))
  await eventually(
    async () => {
      await refuseOnError(byTestId(group, "shipping-error"), `choosing ${shipping} for ${store}`)
      assert.equal(await group.getAttribute("data-selected"), optionId, `${store}'s shipping method`)
    },
    { timeout: 30_000 }
  )
}

export function checkoutSteps({ baseUrl, backendUrl, admin }) {
  const placed = { orders: {} }

  return [
    {
      name: "add a product from each of three stores",
      run: async (page) => {
        for (const pick of PICKS) {
          await page.goto(`${baseUrl}/stores/${pick.store}/products/${pick.product}`)
          await addToCart(page, pick)
        }
        await expectText(byTestId(page, "cart-count"), PICKS.length, { what: "header cart-count" })
      },
    },
    {
      name: "Review and pay, then go to checkout",
      run: async (page) => {
        await page.goto(`${baseUrl}/cart`)
        await expectCount(byTestId(page, "cart-store-group"), PICKS.length, { what: "cart-store-groups" })
        await clickWhenHydrated(byTestId(page, "cart-move-full"))
        await expectCartState(page, "full")
        await byTestId(page, "cart-checkout-link").click()
        await expectPath(page, "/checkout")
        await byTestId(page, "checkout").waitFor()
        assert.equal(await byTestId(page, "checkout").getAttribute("data-ready"), "false", "ready before any details")
        assert.ok(await byTestId(page, "checkout-pay").isDisabled(), "Pay is enabled before the details are saved")
      },
    },
    {
      name: "fill e-mail and shipping address (billing same)",
      run: async (page) => {
        await byTestId(page, "checkout-email").fill(ADDRESS.email)
        for (const field of ["first-name", "last-name", "address-1", "city", "postal-code"]) {
          await byTestId(page, `shipping-${field}`).fill(ADDRESS[field])
        }
        assert.equal(await byTestId(page, "shipping-country").inputValue(), "us", "the region's country")
        assert.ok(await byTestId(page, "billing-same-as-shipping").isChecked(), "billing same as shipping by default")
        await clickWhenHydrated(byTestId(page, "checkout-details-save"))
        const saved = byTestId(page, "checkout-details-saved")
        const error = byTestId(page, "checkout-details-error")
        await saved.or(error).first().waitFor({ timeout: 30_000 })
        await refuseOnError(error, "saving the details")
      },
    },
    {
      name: "one shipping choice per store, with prices",
      run: async (page) => {
        await expectCount(byTestId(page, "shipping-store"), PICKS.length, { what: "stores to ship" })
        assert.deepEqual(
          (await attributes(byTestId(page, "shipping-store"), "data-store-handle")).sort(),
          PICKS.map((pick) => pick.store).sort(),
          "the stores to choose shipping for"
        )
        for (const pick of PICKS) {
          const option = byTestId(byStore(page, "shipping-store", pick.store), "shipping-option").filter({
            hasText: pick.shipping,
          })
          await expectText(byTestId(option, "shipping-option-price"), usd(pick.shippingAmount), {
            what: `${pick.shipping} price`,
          })
          await chooseShipping(page, pick)
        }
        for (const pick of PICKS) {
          await expectText(
            byTestId(byStore(page, "checkout-store-total", pick.store), "checkout-store-total-amount"),
            usd(pick.price + pick.shippingAmount),
            { what: `${pick.store} total` }
          )
        }
        await expectText(byTestId(page, "checkout-total"), usd(TOTAL), { what: "total to pay" })
        await eventually(async () =>
          assert.equal(await byTestId(page, "checkout").getAttribute("data-ready"), "true", "ready to pay")
        )
      },
    },
    {
      name: "pay once: a confirmation with three store orders",
      run: async (page) => {
        await clickWhenHydrated(byTestId(page, "checkout-pay"))
        const confirmed = byTestId(page, "order-confirmed")
        const error = byTestId(page, "checkout-pay-error")
        await confirmed.or(error).first().waitFor({ timeout: 45_000 })
        await refuseOnError(error, "paying")
        assert.match(new URL(page.url()).pathname, /^\/order-confirmed\/cart_/)
        const orders = byTestId(page, "confirmed-store-order")
        await expectCount(orders, PICKS.length, { what: "store orders" })
        for (const pick of PICKS) {
          const order = byStore(page, "confirmed-store-order", pick.store)
          placed.orders[pick.store] = await order.getAttribute("data-order-id")
          assert.match(await byTestId(order, "confirmed-order-number").textContent(), /^Order #\d+$/)
          await expectCount(byTestId(order, "confirmed-line"), 1, { what: `${pick.store} lines` })
          await expectText(byTestId(order, "confirmed-order-total"), usd(pick.price + pick.shippingAmount), {
            what: `${pick.store} order total`,
          })
        }
        await expectText(byTestId(page, "confirmed-group-total"), usd(TOTAL), { what: "total paid" })
        // A fresh cart for the next purchase.
        await expectText(byTestId(page, "cart-count"), 0, { what: "header cart-count" })
      },
    },
    {
      name: "Deliveries lists three store orders awaiting fulfillment",
      run: async (page) => {
        await byTestId(page, "confirmed-deliveries-link").click()
        await expectPath(page, "/deliveries")
        await expectCount(byTestId(page, "delivery-store"), PICKS.length, { what: "store deliveries" })
        for (const pick of PICKS) {
          await expectText(byTestId(byStore(page, "delivery-store", pick.store), "delivery-status"), "Awaiting fulfillment")
        }
        await waitForHydration(byTestId(page, "deliveries"))
      },
    },
    {
      name: "operator ships Harbor Thread's order; Deliveries shows it shipped",
      run: async (page) => {
        await operator({ backendUrl, admin }).shipOrder(placed.orders[SHIPPED])
        const since = Date.now()
        await expectText(byTestId(byStore(page, "delivery-store", SHIPPED), "delivery-status"), "Shipped", {
          timeout: DELIVERY_SHOWS_WITHIN_MS,
          what: `${SHIPPED} delivery status`,
        })
        console.log(
          `      shown ${((Date.now() - since) / 1000).toFixed(1)} s after shipping (${await byTestId(page, "deliveries").getAttribute("data-live-deliveries")})`
        )
        for (const pick of PICKS.filter((p) => p.store !== SHIPPED)) {
          await expectText(byTestId(byStore(page, "delivery-store", pick.store), "delivery-status"), "Awaiting fulfillment")
        }
      },
    },
    {
      name: "admin order page: the group widget lists the other two orders",
      timeout: FIRST_LOAD_MS + 120_000,
      run: async (page) => {
        const appUrl = `${backendUrl}/app`
        await logInToAdmin(page, { appUrl, admin, landmark: 'a[href="/app/orders"]' })
        await page.goto(`${appUrl}/orders/${placed.orders[SHIPPED]}`)
        const widget = byTestId(page, "order-group-widget")
        await widget.waitFor({ timeout: 120_000 })
        const rows = byTestId(widget, "order-group-order")
        await expectCount(rows, PICKS.length, { timeout: 30_000, what: "orders of the group" })
        const others = widget.locator('[data-testid="order-group-order"][data-current="false"]')
        assert.deepEqual(
          (await attributes(others, "data-order-id")).sort(),
          PICKS.filter((p) => p.store !== SHIPPED)
            .map((p) => placed.orders[p.store])
            .sort(),
          "the other orders of the group"
        )
        await expectCount(byTestId(others, "order-group-order-link"), 2, { what: "links to the other orders" })
        await widget.scrollIntoViewIfNeeded()
      },
    },
  ]
}
