// Immediate delivery to a partner, in the admin: a player of the demo game buys a turn pack
// while the game's service is unreachable; the admin's Deliveries page shows the failed
// attempt (filtered by partner and status), the operator fixes the game's delivery URL on
// the Partners page and presses "Retry now", and the delivery is acknowledged — received
// once by the demo partner service.
import { adminClient, completeCart, expectStatus, storeClient } from "../../lib/shoppers.mjs"
import { FIRST_LOAD_MS, logInToAdmin } from "../lib/admin-login.mjs"
import { byTestId, expectPath, expectText } from "../lib/browser.mjs"
import { assert, eventually } from "../lib/harness.mjs"

// The demo's partner game and its product (demo/partner-demo.ts); Tom, so a limit another
// journey puts on Captain Ines's account does not stop this purchase.
const GAME = { name: "Salt Coast Online", player: "bosun-mae" }
const TURNS = { store: "lantern-forge", handle: "turn-pack" }
// Nothing listens on the discard port: the first attempt fails at once.
const UNREACHABLE = "http://127.0.0.1:9/purchases"
const CART_COOKIE = "_medusa_cart_id"

/** Waits until the element's trimmed text matches `pattern`. */
const expectMatch = (locator, pattern, what) =>
  eventually(async () => assert.match((await locator.first().textContent())?.trim() ?? "", pattern, what))

const rowOf = (page, id) => page.locator(`[data-testid="partner-delivery"][data-delivery-id="${id}"]`)

async function chooseInSelect(page, triggerTestId, optionName) {
  await byTestId(page, triggerTestId).click()
  await page.getByRole("option", { name: optionName, exact: true }).click()
}

/**
 * E-mail, a shipping method only for the stores whose lines go by mail (an immediate line
 * ships nothing), and a payment session with the system provider.
 */
async function payFor(shopper, cartId) {
  const address = {
    first_name: "Tom",
    last_name: "Deck",
    address_1: "1 Pier",
    city: "Astoria",
    postal_code: "97103",
    country_code: "us",
  }
  expectStatus(
    await shopper.request("POST", `/store/carts/${cartId}`, {
      email: "bosun-mae@salt-coast.test",
      shipping_address: address,
      billing_address: address,
    }),
    "e-mail and address"
  )
  const { stores } = expectStatus(
    await shopper.request("GET", `/store/federated-carts/${cartId}/shipping-options`),
    "shipping options"
  )
  for (const store of stores.filter((s) => s.requires_shipping)) {
    expectStatus(
      await shopper.request("POST", `/store/carts/${cartId}/shipping-methods`, { option_id: store.shipping_options[0].id }),
      `shipping for ${store.federated_store.name}`
    )
  }
  const { payment_collection } = expectStatus(
    await shopper.request("POST", "/store/payment-collections", { cart_id: cartId }),
    "payment collection"
  )
  expectStatus(
    await shopper.request("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      provider_id: "pp_system_default",
    }),
    "payment session"
  )
}

export function partnerDeliveriesSteps({ adminUrl, admin, baseUrl, demo }) {
  const appUrl = `${adminUrl}/app`
  const found = {}

  return [
    {
      name: "the turn pack is delivered immediately; the game's service is unreachable",
      timeout: 60_000,
      run: async () => {
        const operator = await adminClient(adminUrl, admin)
        const { products } = expectStatus(
          await operator.request("GET", `/admin/products?handle=${TURNS.handle}&fields=id`),
          "turn pack"
        )
        expectStatus(
          await operator.request("POST", `/admin/products/${products[0].id}/delivery`, {
            goods: "web_service",
            kinds: ["immediate"],
            default_kind: "immediate",
          }),
          "turn pack delivered immediately"
        )
        const { partners } = expectStatus(await operator.request("GET", "/admin/partners"), "partners")
        const game = partners.find((partner) => partner.name === GAME.name)
        assert.ok(game?.delivery_url, `${GAME.name} has the demo partner service as its delivery URL`)
        Object.assign(found, { partnerId: game.id, demoUrl: game.delivery_url })
        expectStatus(await operator.request("POST", `/admin/partners/${game.id}`, { delivery_url: UNREACHABLE }), "break the URL")
      },
    },
    {
      name: "a player arrives from the game and buys a turn pack",
      timeout: 180_000,
      run: async (page) => {
        await page.goto(`${baseUrl}/partner-demo`)
        await page.locator(`[data-testid="partner-demo-play"][data-account="${GAME.player}"]`).click()
        await expectPath(page, `/stores/${TURNS.store}/products/${TURNS.handle}`)
        const cookie = (await page.context().cookies()).find((c) => c.name === CART_COOKIE)
        assert.ok(cookie, "the storefront keeps the player's cart")
        // Add and pay on Medusa's standard store API, as any storefront would.
        const operator = await adminClient(adminUrl, admin)
        const { products } = expectStatus(
          await operator.request("GET", `/admin/products?handle=${TURNS.handle}&fields=id,variants.id`),
          "turn pack variants"
        )
        const shopper = storeClient(adminUrl, demo.publishable_key)
        expectStatus(
          await shopper.request("POST", `/store/carts/${cookie.value}/line-items`, {
            variant_id: products[0].variants[0].id,
            quantity: 1,
          }),
          "add the turn pack"
        )
        await payFor(shopper, cookie.value)
        const { placed, response } = await completeCart(shopper, cookie.value)
        assert.ok(placed, `checkout: HTTP ${response.status} ${response.text.slice(0, 300)}`)
      },
    },
    {
      name: "the Deliveries page shows the failed attempt, by partner and status",
      timeout: FIRST_LOAD_MS + 120_000,
      run: async (page) => {
        await logInToAdmin(page, { appUrl, admin, landmark: 'a[href="/app/partner-deliveries"]' })
        await page.goto(`${appUrl}/partner-deliveries`)
        await chooseInSelect(page, "partner-deliveries-partner", GAME.name)
        await chooseInSelect(page, "partner-deliveries-status", "pending")
        const row = byTestId(page, "partner-delivery").first()
        await row.waitFor({ timeout: 60_000 })
        found.deliveryId = await row.getAttribute("data-delivery-id")
        await expectMatch(byTestId(row, "partner-delivery-attempts"), /^1 attempt · next attempt/, "attempts")
        await expectMatch(byTestId(row, "attempt").first(), /#1 .* at checkout/, "first attempt")
        assert.equal(await byTestId(row, "attempt").first().getAttribute("data-outcome"), "failed")
        await chooseInSelect(page, "partner-deliveries-status", "acknowledged")
        await expectText(byTestId(page, "partner-deliveries-empty"), "No deliveries match these filters.")
      },
    },
    {
      name: "the operator fixes the game's delivery URL and retries now: acknowledged, received once",
      timeout: 120_000,
      run: async (page) => {
        await page.goto(`${appUrl}/partners`)
        const gameRow = page.getByRole("row").filter({ hasText: GAME.name })
        await gameRow.getByRole("button", { name: "Edit" }).click()
        await gameRow.getByLabel(`Delivery URL of ${GAME.name}`).fill(found.demoUrl)
        await gameRow.getByRole("button", { name: "Save" }).click()
        await expectText(byTestId(gameRow, "partner-delivery-url"), found.demoUrl, { what: "saved delivery URL" })

        await page.goto(`${appUrl}/partner-deliveries`)
        const row = rowOf(page, found.deliveryId)
        await byTestId(row, "partner-delivery-retry").click()
        await eventually(async () => assert.equal(await row.getAttribute("data-status"), "acknowledged"), { timeout: 30_000 })
        await expectMatch(byTestId(row, "partner-delivery-attempts"), /^2 attempts · acknowledged/, "attempts")
        assert.equal(await byTestId(row, "partner-delivery-retry").count(), 0, "no retry once acknowledged")

        const received = await (await fetch(found.demoUrl)).json()
        const mine = received.received.filter((r) => r.account_ref === GAME.player)
        assert.equal(mine.length, 1, "the demo partner service credited the player once")
        assert.equal(mine[0].deliveries, 1)
      },
    },
  ]
}
