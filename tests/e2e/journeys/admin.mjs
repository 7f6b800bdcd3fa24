// The operator's journey in the Medusa admin: log in, list the federation, create a store
// through the form, and see a product's store in the product widget.
import { assert, eventually } from "../lib/harness.mjs"
import { attributes, byTestId, expectCount, expectPath } from "../lib/browser.mjs"

// `medusa develop` compiles the admin with Vite on first request: slow on a small machine.
const FIRST_LOAD_MS = 240_000

const NEW_STORE = {
  name: "Quayside Ceramics",
  handle: "quayside-ceramics", // derived from the name by the form
  tagline: "Stoneware thrown by the harbour",
  accent_color: "#1f8a70",
  contact_email: "studio@quayside.example",
  distributor_url: "https://quayside.example/hooks/federated-cart",
}
const PRODUCT = { handle: "harbor-crew-cap", store: "Harbor Thread Co." }

const federationRow = (page, handle) => page.locator(`[data-testid="federation-row"][data-handle="${handle}"]`)

/** Waits for whichever comes first; the form's server error fails the step with its message. */
async function waitForCreatedRow(page, handle) {
  const row = federationRow(page, handle)
  const error = byTestId(page, "federation-form-error")
  await row.or(error).first().waitFor({ timeout: 30_000 })
  if (await error.isVisible()) {
    throw new Error(`the form answered: ${(await error.textContent())?.trim()}`)
  }
}

export function adminSteps({ adminUrl, admin, demo }) {
  const appUrl = `${adminUrl}/app`

  return [
    {
      name: "admin login",
      timeout: FIRST_LOAD_MS + 60_000,
      run: async (page) => {
        await page.goto(appUrl, { timeout: FIRST_LOAD_MS })
        await page.locator('input[name="email"]').waitFor({ timeout: FIRST_LOAD_MS })
        await page.locator('input[name="email"]').fill(admin.email)
        await page.locator('input[name="password"]').fill(admin.password)
        await page.locator('button[type="submit"]').click()
        await eventually(async () => assert.ok(!page.url().includes("/login"), "still on the login page"), {
          timeout: 60_000,
        })
        // The plugin's route is registered in the sidebar.
        await page.locator('a[href="/app/federation"]').first().waitFor({ timeout: FIRST_LOAD_MS })
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
      },
    },
    {
      name: "the new store appears",
      run: async (page) => {
        await byTestId(page, "federation-form-submit").click()
        await waitForCreatedRow(page, NEW_STORE.handle)
        await byTestId(page, "federation-create-drawer").waitFor({ state: "detached" })
        await expectCount(byTestId(page, "federation-row"), 4, { what: "federation-rows" })
        await federationRow(page, NEW_STORE.handle).getByText(NEW_STORE.name).waitFor()
      },
    },
    {
      name: "product page names its store",
      timeout: 180_000,
      run: async (page) => {
        // Look the product's id up with the admin's own session, then open its page.
        const response = await page.request.get(
          `${adminUrl}/admin/products?handle=${PRODUCT.handle}&fields=id,title`
        )
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
  ]
}
