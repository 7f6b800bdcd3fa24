// Delivery kinds in the browser: the operator makes the guild membership a web service
// delivered immediately or as prepaid codes, in the product's Delivery widget; a shopper
// chooses prepaid codes for it in the cart, next to a cap that goes by mail, checks out
// with a shipping choice for the cap's store only, and reads on the confirmation how each
// line will be delivered.
import { assert, eventually } from "../lib/harness.mjs"
import { FIRST_LOAD_MS, logInToAdmin } from "../lib/admin-login.mjs"
import { byTestId, expectPath, expectText, waitForHydration } from "../lib/browser.mjs"
import { addToCart, expectCartState } from "./storefront.mjs"

const MEMBERSHIP = { store: "lantern-forge", product: "guild-membership", title: "Guild Membership" }
const CAP = {
  store: "harbor-thread",
  product: "harbor-crew-cap",
  variant: "Sand",
  title: "Harbor Crew Cap",
  shipping: "Standard",
}
const ADDRESS = {
  email: "grace@example.com",
  "first-name": "Grace",
  "last-name": "Shopper",
  "address-1": "3 Quay Street",
  city: "Portland",
  "postal-code": "04101",
}

const byStore = (page, testId, handle) => page.locator(`[data-testid="${testId}"][data-store-handle="${handle}"]`)
const lineTitled = (page, title) => byTestId(page, "cart-line").filter({ hasText: title })

async function clickWhenHydrated(locator) {
  await waitForHydration(locator)
  await locator.click()
}

/** Fails the step with the page's error message, if it shows one. */
async function refuseOnError(error, what) {
  if (await error.isVisible()) assert.fail(`${what}: ${(await error.textContent())?.trim()}`)
}

export function deliveryKindsSteps({ adminUrl, admin, baseUrl }) {
  const appUrl = `${adminUrl}/app`

  return [
    {
      name: "the operator makes the membership a web service in the Delivery widget",
      timeout: FIRST_LOAD_MS + 90_000,
      run: async (page) => {
        await logInToAdmin(page, { appUrl, admin, landmark: 'a[href="/app/products"]' })
        const listed = await page.request.get(`${adminUrl}/admin/products?handle=${MEMBERSHIP.product}&fields=id`)
        assert.ok(listed.ok(), `GET /admin/products: HTTP ${listed.status()}`)
        const productId = (await listed.json()).products[0].id
        await page.goto(`${appUrl}/products/${productId}`)
        const widget = byTestId(page, "product-delivery")
        await widget.waitFor({ timeout: 120_000 })
        await clickWhenHydrated(byTestId(widget, "product-delivery-goods"))
        await page.getByRole("option", { name: "Web service" }).click()
        for (const kind of ["immediate", "prepaid_code"]) {
          await eventually(async () =>
            assert.equal(
              await byTestId(widget, `product-delivery-kind-${kind}`).getAttribute("data-state"),
              "checked",
              `${kind} offered`
            )
          )
        }
        await widget.getByRole("button", { name: "Save" }).click()
        await page.getByText("Delivery saved").first().waitFor({ timeout: 30_000 })
        const saved = await page.request.get(`${adminUrl}/admin/products/${productId}/delivery`)
        assert.deepEqual((await saved.json()).product_delivery, {
          product_id: productId,
          goods: "web_service",
          kinds: ["immediate", "prepaid_code"],
          default_kind: "immediate",
        })
      },
    },
    {
      name: "the shopper chooses prepaid codes for the membership; the cap goes by mail",
      timeout: 120_000,
      run: async (page) => {
        await page.goto(`${baseUrl}/stores/${MEMBERSHIP.store}/products/${MEMBERSHIP.product}`)
        await addToCart(page, {})
        await page.goto(`${baseUrl}/stores/${CAP.store}/products/${CAP.product}`)
        await addToCart(page, CAP)
        await page.goto(`${baseUrl}/cart`)
        const membership = byTestId(lineTitled(page, MEMBERSHIP.title), "line-delivery")
        await eventually(async () =>
          assert.equal(await membership.getAttribute("data-kind"), "immediate", "the membership's default kind")
        )
        await clickWhenHydrated(byTestId(membership, "line-delivery-prepaid_code"))
        await eventually(
          async () => assert.equal(await membership.getAttribute("data-kind"), "prepaid_code", "the chosen kind"),
          { timeout: 30_000 }
        )
        const cap = byTestId(lineTitled(page, CAP.title), "line-delivery")
        await expectText(cap, "Mailed by the store to your billing address", { what: "the cap's delivery" })
        assert.equal(await byTestId(cap, "line-delivery-immediate").count(), 0, "a choice offered for merchandise")
      },
    },
    {
      name: "checkout asks shipping of the cap's store only, and pays",
      timeout: 120_000,
      run: async (page) => {
        await clickWhenHydrated(byTestId(page, "cart-move-full"))
        await expectCartState(page, "full")
        await byTestId(page, "cart-checkout-link").click()
        await expectPath(page, "/checkout")
        await byTestId(page, "checkout-email").fill(ADDRESS.email)
        for (const field of ["first-name", "last-name", "address-1", "city", "postal-code"]) {
          await byTestId(page, `shipping-${field}`).fill(ADDRESS[field])
        }
        await clickWhenHydrated(byTestId(page, "checkout-details-save"))
        const saved = byTestId(page, "checkout-details-saved")
        const error = byTestId(page, "checkout-details-error")
        await saved.or(error).first().waitFor({ timeout: 30_000 })
        await refuseOnError(error, "saving the details")

        await byTestId(byStore(page, "shipping-store", MEMBERSHIP.store), "shipping-not-needed").waitFor()
        const group = byStore(page, "shipping-store", CAP.store)
        const option = byTestId(group, "shipping-option").filter({ hasText: CAP.shipping })
        const optionId = await option.getAttribute("data-option-id")
        await clickWhenHydrated(option.locator('input[type="radio"]'))
        await eventually(
          async () => {
            await refuseOnError(byTestId(group, "shipping-error"), "choosing the cap's shipping")
            assert.equal(await group.getAttribute("data-selected"), optionId, "the cap store's shipping method")
          },
          { timeout: 30_000 }
        )
        await eventually(async () =>
          assert.equal(await byTestId(page, "checkout").getAttribute("data-ready"), "true", "ready to pay")
        )
        await clickWhenHydrated(byTestId(page, "checkout-pay"))
        const confirmed = byTestId(page, "order-confirmed")
        const payError = byTestId(page, "checkout-pay-error")
        await confirmed.or(payError).first().waitFor({ timeout: 45_000 })
        await refuseOnError(payError, "paying")
      },
    },
    {
      name: "the confirmation says how each line is delivered",
      run: async (page) => {
        const promise = (handle) => byTestId(byStore(page, "confirmed-store-order", handle), "confirmed-line-delivery")
        assert.equal(await promise(MEMBERSHIP.store).getAttribute("data-kind"), "prepaid_code")
        await expectText(promise(MEMBERSHIP.store), "Prepaid codes by e-mail, one per unit, to use or give away", {
          what: "the membership's delivery",
        })
        assert.equal(await promise(CAP.store).getAttribute("data-kind"), "mail")
        await expectText(promise(CAP.store), "Mailed by the store to your billing address", { what: "the cap's delivery" })
      },
    },
  ]
}
