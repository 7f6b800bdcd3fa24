// The operator's journey in the Medusa admin: log in, list the federation, create a store
// through the form, see a product's store in the product widget; then a shopper holds
// prints, and the operator watches the hold and releases it by hand.
import { assert, eventually } from "../lib/harness.mjs"
import { FIRST_LOAD_MS, logInToAdmin } from "../lib/admin-login.mjs"
import { attributes, byTestId, expectCount, expectPath, expectText } from "../lib/browser.mjs"

const NEW_STORE = {
  name: "Quayside Ceramics",
  handle: "quayside-ceramics", // derived from the name by the form
  tagline: "Stoneware thrown by the harbour",
  accent_color: "#1f8a70",
  contact_email: "studio@quayside.example",
  distributor_url: "https://quayside.example/hooks/federated-cart",
  hold_minutes: 25,
}
// Local date and time, the UTC offset, a random suffix (src/modules/cart-state/cart-number.ts).
const CART_NUMBER = /^\d{8}-\d{6}[-+]\d{4}-[0-9A-Z]{4}$/
const PRODUCT = { handle: "harbor-crew-cap", store: "Harbor Thread Co." }
// The shopper holds Tidewater's print; Lantern Forge sells the same 50 prints, so its
// product page shows the hold too.
const HOLD = {
  store: "tidewater-prints",
  product: "lighthouse-at-dusk-print",
  title: "Lighthouse at Dusk, A3 Print",
  quantity: 2,
}
const SHARED = { handle: "salt-coast-cover-print", stocked: 50 }
const RELEASE_REASON = "Shopper phoned: hold the wrong edition"

const federationRow = (page, handle) => page.locator(`[data-testid="federation-row"][data-handle="${handle}"]`)
const ticketRow = (page, id) => page.locator(`[data-testid="ticket-row"][data-ticket-id="${id}"]`)

/** Waits for whichever comes first; the form's server error fails the step with its message. */
async function waitForCreatedRow(page, handle) {
  const row = federationRow(page, handle)
  const error = byTestId(page, "federation-form-error")
  await row.or(error).first().waitFor({ timeout: 30_000 })
  if (await error.isVisible()) {
    throw new Error(`the form answered: ${(await error.textContent())?.trim()}`)
  }
}

/** A JSON call with the page's own session (and cookies), failing the step on an error. */
async function call(page, method, url, { headers, data } = {}) {
  const response = await page.request.fetch(url, { method, headers, data })
  assert.ok(response.ok(), `${method} ${new URL(url).pathname}: HTTP ${response.status()} ${await response.text()}`)
  return response.json()
}

async function productId(page, adminUrl, handle) {
  const { products } = await call(page, "GET", `${adminUrl}/admin/products?handle=${handle}&fields=id`)
  assert.ok(products[0], `no product with handle ${handle}`)
  return products[0].id
}

/** A shopper's cart takes HOLD.quantity prints through the store API, as the storefront does. */
async function shopperHolds(page, adminUrl, demo) {
  const headers = { "x-publishable-api-key": demo.publishable_key }
  const { product } = await call(page, "GET", `${adminUrl}/store/federated-stores/${HOLD.store}/products/${HOLD.product}`, {
    headers,
  })
  const { cart } = await call(page, "POST", `${adminUrl}/store/carts`, { headers, data: { region_id: demo.region_id } })
  await call(page, "POST", `${adminUrl}/store/federated-carts/${cart.id}/line-items`, {
    headers,
    data: {
      variant_id: product.variants[0].id,
      quantity: HOLD.quantity,
      bookmark: { url: `/stores/${HOLD.store}/products/${HOLD.product}` },
    },
  })
  return cart.id
}

/** The product widget's row for the (one-variant) product: held, available, stocked. */
async function expectTicketStock(page, expected) {
  const widget = byTestId(page, "product-ticket-stock")
  await widget.waitFor({ timeout: 120_000 })
  const row = byTestId(widget, "ticket-stock-row").first()
  await expectText(byTestId(row, "ticket-stock-held"), expected.held, { timeout: 30_000, what: "held" })
  await expectText(byTestId(row, "ticket-stock-available"), expected.available, { what: "available" })
  await expectText(byTestId(row, "ticket-stock-stocked"), expected.stocked, { what: "stocked" })
  await widget.scrollIntoViewIfNeeded()
}

export function adminSteps({ adminUrl, admin, demo }) {
  const appUrl = `${adminUrl}/app`
  const held = {}

  return [
    {
      name: "admin login",
      timeout: FIRST_LOAD_MS + 60_000,
      run: async (page) => {
        // The plugin's route is registered in the sidebar.
        await logInToAdmin(page, { appUrl, admin, landmark: 'a[href="/app/federation"]' })
      },
    },
    {
      name: "federation page lists the stores",
      timeout: 120_000,
      run: async (page) => {
        await page.locator('a[href="/app/federation"]').first().click()
        await expectPath(page, "/app/federation")
        await expectCount(byTestId(page, "federation-row"), 3, { timeout: 90_000, what: "federation-rows" })
        assert.deepEqual(
          (await attributes(byTestId(page, "federation-row"), "data-handle")).sort(),
          demo.stores.map((store) => store.handle).sort()
        )
      },
    },
    {
      name: "fill the create-store form",
      run: async (page) => {
        await byTestId(page, "federation-create").click()
        const drawer = byTestId(page, "federation-create-drawer")
        await drawer.waitFor()
        await drawer.locator("#store-name").fill(NEW_STORE.name)
        assert.equal(await drawer.locator("#store-handle").inputValue(), NEW_STORE.handle, "handle derived from the name")
        await drawer.locator("#store-tagline").fill(NEW_STORE.tagline)
        await drawer.locator("#store-accent_color").fill(NEW_STORE.accent_color)
        await drawer.locator("#store-contact_email").fill(NEW_STORE.contact_email)
        await drawer.locator("#store-distributor_url").fill(NEW_STORE.distributor_url)
        await drawer.locator("#store-hold_minutes").fill(String(NEW_STORE.hold_minutes))
      },
    },
    {
      name: "the new store appears",
      run: async (page) => {
        await byTestId(page, "federation-form-submit").click()
        await waitForCreatedRow(page, NEW_STORE.handle)
        // The drawer shows the distributor's signing secret once, until the admin is done with it.
        await byTestId(page, "federation-distributor-secret").waitFor()
        await byTestId(page, "federation-secret-done").click()
        await byTestId(page, "federation-create-drawer").waitFor({ state: "detached" })
        await expectCount(byTestId(page, "federation-row"), 4, { what: "federation-rows" })
        await federationRow(page, NEW_STORE.handle).getByText(NEW_STORE.name).waitFor()
        const { federated_stores: found } = await call(page, "GET", `${adminUrl}/admin/federated-stores?q=${NEW_STORE.handle}`)
        const created = found.find((store) => store.handle === NEW_STORE.handle)
        assert.equal(created?.hold_minutes, NEW_STORE.hold_minutes, "the store keeps the hold time typed in the form")
      },
    },
    {
      name: "product page names its store",
      timeout: 180_000,
      run: async (page) => {
        // Look the product's id up with the admin's own session, then open its page.
        const response = await page.request.get(`${adminUrl}/admin/products?handle=${PRODUCT.handle}&fields=id,title`)
        assert.equal(response.status(), 200, "GET /admin/products")
        const [product] = (await response.json()).products
        assert.ok(product, `no product with handle ${PRODUCT.handle}`)
        await page.goto(`${appUrl}/products/${product.id}`)
        const widget = byTestId(page, "product-federated-store")
        await widget.waitFor({ timeout: 120_000 })
        const current = byTestId(widget, "product-federated-store-current")
        await current.waitFor({ timeout: 30_000 })
        await current.getByText(PRODUCT.store, { exact: true }).waitFor()
        await widget.scrollIntoViewIfNeeded()
      },
    },
    {
      name: "a shopper's hold shows on the other store's product page",
      timeout: 180_000,
      run: async (page) => {
        held.cartId = await shopperHolds(page, adminUrl, demo)
        const { tickets } = await call(page, "GET", `${adminUrl}/admin/tickets?cart_id=${held.cartId}`)
        assert.equal(tickets.length, 1, "adding to the cart took one ticket")
        held.ticketId = tickets[0].id
        held.sharedProductId = await productId(page, adminUrl, SHARED.handle)
        await page.goto(`${appUrl}/products/${held.sharedProductId}`)
        await expectTicketStock(page, { held: HOLD.quantity, available: SHARED.stocked - HOLD.quantity, stocked: SHARED.stocked })
      },
    },
    {
      name: "carts page lists the shopper's cart with its number, state and move log",
      timeout: 120_000,
      run: async (page) => {
        await page.goto(`${appUrl}/federated-carts`)
        const row = page.locator(`[data-testid="cart-row"][data-cart-id="${held.cartId}"]`)
        await row.waitFor({ timeout: 90_000 })
        assert.equal(await row.getAttribute("data-state"), "shop", "the first add opened the cart for shopping")
        assert.match((await byTestId(row, "cart-row-number").textContent())?.trim() ?? "", CART_NUMBER)
        await row.click()
        const move = byTestId(byTestId(page, "cart-move-log"), "cart-move-row")
        await expectCount(move, 1, { what: "moves in the log" })
        assert.deepEqual([await move.getAttribute("data-from"), await move.getAttribute("data-to")], ["new", "shop"])
        await page.keyboard.press("Escape")
      },
    },
    {
      name: "tickets page lists the hold, counting down",
      timeout: 120_000,
      run: async (page) => {
        await page.locator('a[href="/app/tickets"]').first().click()
        await expectPath(page, "/app/tickets")
        const row = ticketRow(page, held.ticketId)
        await row.waitFor({ timeout: 90_000 })
        assert.equal(await row.getAttribute("data-cart-id"), held.cartId)
        await byTestId(page, "tickets-group").filter({ hasText: HOLD.title }).first().waitFor()
        const timeLeft = byTestId(row, "ticket-time-left")
        const before = (await timeLeft.textContent())?.trim()
        assert.match(before ?? "", /^1[0-5]:\d\d$/, "about 15 minutes left")
        await eventually(async () => assert.notEqual((await timeLeft.textContent())?.trim(), before, "the countdown ticks"), {
          timeout: 5_000,
        })
        await byTestId(page, "tickets-summary-row").filter({ hasText: HOLD.title }).waitFor()
      },
    },
    {
      name: "releasing asks for a reason",
      run: async (page) => {
        const row = ticketRow(page, held.ticketId)
        await byTestId(row, "ticket-release").click()
        const drawer = byTestId(page, "ticket-release-drawer")
        await drawer.waitFor()
        await byTestId(drawer, "ticket-release-submit").click()
        await drawer.getByText("Say why the hold is released").waitFor()
      },
    },
    {
      name: "release the hold with a reason",
      run: async (page) => {
        const drawer = byTestId(page, "ticket-release-drawer")
        await drawer.locator("#ticket-release-reason").fill(RELEASE_REASON)
        await byTestId(drawer, "ticket-release-submit").click()
        await page.getByText(`Released ${HOLD.quantity} × ${HOLD.title}`).first().waitFor({ timeout: 30_000 })
        await drawer.waitFor({ state: "detached" })
        await ticketRow(page, held.ticketId).waitFor({ state: "detached", timeout: 15_000 })
      },
    },
    {
      name: "the released ticket keeps who released it and why",
      timeout: 120_000,
      run: async (page) => {
        await page.goto(`${appUrl}/tickets?status=released&cart_id=${held.cartId}`)
        const row = ticketRow(page, held.ticketId)
        await row.waitFor({ timeout: 90_000 })
        await row.getByText("released", { exact: true }).waitFor()
        await row.getByText(`admin ${admin.email}: ${RELEASE_REASON}`, { exact: false }).waitFor()
      },
    },
    {
      name: "the product page shows the units free again",
      timeout: 120_000,
      run: async (page) => {
        await page.goto(`${appUrl}/products/${held.sharedProductId}`)
        await expectTicketStock(page, { held: 0, available: SHARED.stocked, stocked: SHARED.stocked })
      },
    },
  ]
}
