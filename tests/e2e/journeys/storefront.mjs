// The shopper's journey: browse two stores, add from both, see one cart grouped by store,
// follow a bookmark back, and add the same product again.
import { assert, eventually } from "../lib/harness.mjs"
import { attributes, byTestId, expectCount, expectPath, expectText, waitForHydration } from "../lib/browser.mjs"

// Two stores of the demo federation, a product of each, and the variant to pick.
const HARBOR = { store: "harbor-thread", product: "harbor-crew-cap", variant: "Sand" }
const LANTERN = { store: "lantern-forge", product: "guild-membership" }
const productPath = ({ store, product }) => `/stores/${store}/products/${product}`

// Local date and time, the UTC offset, a random suffix (src/modules/cart-state/cart-number.ts).
const CART_NUMBER = /^\d{8}-\d{6}[-+]\d{4}-[0-9A-Z]{4}$/

export const expectCartState = (page, state) =>
  eventually(async () => assert.equal(await byTestId(page, "cart-state").getAttribute("data-state"), state, "cart state"))

const cartCount = (page) => byTestId(page, "cart-count")
const storeGroup = (page, handle) => page.locator(`[data-testid="cart-store-group"][data-store-handle="${handle}"]`)

async function openStore(page, handle) {
  await page.locator(`[data-testid="store-card"][data-handle="${handle}"] a`).click()
  await expectPath(page, `/stores/${handle}`)
  await page.locator(`[data-testid="store-page"][data-handle="${handle}"]`).waitFor()
  assert.ok((await byTestId(page, "product-card").count()) > 0, `${handle} shows no products`)
}

async function openProduct(page, target) {
  await page.locator(`[data-testid="product-card"][data-handle="${target.product}"] a`).click()
  await expectPath(page, productPath(target))
  await page.locator(`[data-testid="product-page"][data-handle="${target.product}"]`).waitFor()
}

/** Picks the variant (if any), adds one unit, waits for "Added"; returns the variant id added. */
export async function addToCart(page, { variant }) {
  const button = byTestId(page, "add-to-cart")
  await waitForHydration(button)
  if (variant) {
    const option = byTestId(page, "variant-option").filter({ hasText: variant })
    await option.click()
    await eventually(async () =>
      assert.equal(await option.getAttribute("aria-pressed"), "true", `variant "${variant}" not selected`)
    )
  }
  assert.equal(await byTestId(page, "quantity-input").inputValue(), "1", "quantity")
  const variantId = await button.getAttribute("data-variant-id")
  assert.ok(variantId, "the add-to-cart button names no variant")
  await button.click()
  const status = byTestId(page, "add-to-cart-status")
  const settled = page.locator('[data-testid="add-to-cart-status"]:not([data-status="idle"])')
  const pageError = byTestId(page, "page-error")
  await settled.or(pageError).first().waitFor({ timeout: 30_000 })
  assert.ok(!(await pageError.isVisible()), "the page showed its error boundary after Add to cart")
  const text = (await status.textContent())?.trim()
  assert.equal(await status.getAttribute("data-status"), "added", `add to cart failed: ${text}`)
  assert.equal(text, "Added")
  return variantId
}

/** The cart page: one group per store, with `lines` (store handle -> [{variant, quantity}]). */
async function expectCart(page, lines) {
  const handles = Object.keys(lines)
  await expectCount(byTestId(page, "cart-store-group"), handles.length, { what: "cart-store-groups" })
  assert.deepEqual(
    (await attributes(byTestId(page, "cart-store-group"), "data-store-handle")).sort(),
    [...handles].sort(),
    "the cart's store groups"
  )
  for (const [handle, expected] of Object.entries(lines)) {
    const group = storeGroup(page, handle)
    const cartLines = byTestId(group, "cart-line")
    assert.equal(await cartLines.count(), expected.length, `lines in the ${handle} group`)
    assert.deepEqual(
      await attributes(cartLines, "data-variant-id"),
      expected.map((line) => line.variant),
      `variants in ${handle}`
    )
    for (const [index, line] of expected.entries()) {
      await expectText(byTestId(cartLines.nth(index), "line-quantity"), line.quantity, { what: `quantity in ${handle}` })
    }
  }
  const units = Object.values(lines)
    .flat()
    .reduce((sum, line) => sum + line.quantity, 0)
  await expectText(cartCount(page), units, { what: "header cart-count" })
}

export function storefrontSteps({ baseUrl, demo }) {
  const added = {}
  const cartOf = () => ({
    [HARBOR.store]: [{ variant: added.harbor, quantity: added.harborQuantity }],
    [LANTERN.store]: [{ variant: added.lantern, quantity: 1 }],
  })

  return [
    {
      name: "home lists the three stores",
      run: async (page) => {
        await page.goto(`${baseUrl}/`)
        await expectCount(byTestId(page, "store-card"), demo.stores.length, { what: "store-cards" })
        assert.equal(demo.stores.length, 3, "the demo seeds three stores")
        assert.deepEqual(
          (await attributes(byTestId(page, "store-card"), "data-handle")).sort(),
          demo.stores.map((store) => store.handle).sort()
        )
        await expectText(cartCount(page), 0, { what: "header cart-count" })
      },
    },
    {
      name: "open Harbor Thread",
      run: (page) => openStore(page, HARBOR.store),
    },
    {
      name: "open a Harbor Thread product, with its available count",
      run: async (page) => {
        await openProduct(page, HARBOR)
        // The demo stocks 30 of each cap colour.
        await expectText(byTestId(page, "available-quantity"), "30 available", { what: "available count" })
      },
    },
    {
      name: "add it to the cart",
      run: async (page) => {
        added.harbor = await addToCart(page, HARBOR)
        added.harborQuantity = 1
        await expectText(cartCount(page), 1, { what: "header cart-count" })
      },
    },
    {
      name: "go to Lantern Forge",
      run: async (page) => {
        await byTestId(page, "nav-home-link").click()
        await expectPath(page, "/")
        await openStore(page, LANTERN.store)
      },
    },
    {
      name: "open a Lantern Forge product",
      run: (page) => openProduct(page, LANTERN),
    },
    {
      name: "add it to the cart too",
      run: async (page) => {
        added.lantern = await addToCart(page, LANTERN)
        await expectText(cartCount(page), 2, { what: "header cart-count" })
      },
    },
    {
      name: "one cart grouped by store",
      run: async (page) => {
        await byTestId(page, "nav-cart-link").click()
        await expectPath(page, "/cart")
        await expectCart(page, cartOf())
        await expectCount(byTestId(page, "bookmark-entry"), 2, { what: "bookmark entries" })
      },
    },
    {
      name: "the cart survives a reload",
      run: async (page) => {
        const cookies = await page.context().cookies()
        const cookie = cookies.find((c) => c.name === "_medusa_cart_id")
        assert.ok(cookie?.value, "no _medusa_cart_id cookie")
        assert.ok(cookie.httpOnly, "the cart cookie should be httpOnly")
        await page.reload()
        await expectCart(page, cartOf())
      },
    },
    {
      name: "a bookmark leads back to the product and the variant added",
      run: async (page) => {
        const link = byTestId(storeGroup(page, HARBOR.store), "bookmark-link")
        const expected = `${productPath(HARBOR)}?variant=${encodeURIComponent(added.harbor)}`
        assert.equal(await link.getAttribute("href"), expected, "bookmark href")
        await link.click()
        await expectPath(page, productPath(HARBOR))
        await page.locator(`[data-testid="product-page"][data-handle="${HARBOR.product}"]`).waitFor()
        const option = page.locator(`[data-testid="variant-option"][data-variant-id="${added.harbor}"]`)
        assert.equal(await option.getAttribute("aria-pressed"), "true", "the bookmarked variant is picked")
      },
    },
    {
      name: "add the same product again",
      run: async (page) => {
        const variantId = await addToCart(page, HARBOR)
        assert.equal(variantId, added.harbor, "the same variant")
        added.harborQuantity = 2
        await expectText(cartCount(page), 3, { what: "header cart-count" })
      },
    },
    {
      name: "one line with quantity 2",
      run: async (page) => {
        await byTestId(page, "nav-cart-link").click()
        await expectPath(page, "/cart")
        await expectCart(page, cartOf())
      },
    },
    {
      name: "the cart shows its number and that it is open for shopping",
      run: async (page) => {
        await expectCartState(page, "shop")
        assert.match((await byTestId(page, "cart-number").textContent())?.trim() ?? "", CART_NUMBER)
      },
    },
    {
      name: "Review and pay closes the lines",
      run: async (page) => {
        await byTestId(page, "cart-move-full").click()
        await expectCartState(page, "full")
        await byTestId(page, "cart-move-shop").waitFor()
      },
    },
    {
      name: "Keep shopping opens them again",
      run: async (page) => {
        await byTestId(page, "cart-move-shop").click()
        await expectCartState(page, "shop")
        await expectCart(page, cartOf())
      },
    },
  ]
}
