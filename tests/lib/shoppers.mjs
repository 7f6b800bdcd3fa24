// Shoppers and an admin talking to a running Medusa over HTTP, with plain fetch: what the
// benchmark and the multi-instance race send, and the timing of each request.
import { httpClient } from "../../scripts/lib/http.mjs"
import { ADMIN } from "../../scripts/lib/stack.mjs"

export const storeClient = (baseUrl, publishableKey) => httpClient(baseUrl, { "x-publishable-api-key": publishableKey })

export async function adminClient(baseUrl, credentials = ADMIN) {
  const login = await httpClient(baseUrl).request("POST", "/auth/user/emailpass", credentials)
  if (login.status !== 200 || !login.json?.token) {
    throw new Error(`Admin login at ${baseUrl} failed: HTTP ${login.status} ${login.text.slice(0, 300)}`)
  }
  return httpClient(baseUrl, { authorization: `Bearer ${login.json.token}` })
}

/** Throws with the request and the answer unless the status is one of `ok`. */
export function expectStatus(response, what, ok = [200, 201]) {
  if (!ok.includes(response.status)) {
    throw new Error(`${what}: HTTP ${response.status} ${response.text.slice(0, 500)}`)
  }
  return response.json
}

/** Runs fn over items with at most `concurrency` in flight; results in the items' order. */
export async function inPool(items, concurrency, fn) {
  const results = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index], index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker))
  return results
}

/** Fresh carts in the region, created by the given clients in turn. */
export async function createCarts(clients, regionId, count, concurrency = 8) {
  const carts = await inPool(Array.from({ length: count }), concurrency, async (_, i) => {
    const response = await clients[i % clients.length].request("POST", "/store/carts", { region_id: regionId })
    return expectStatus(response, "Creating a cart").cart.id
  })
  return carts
}

/** Medusa's own add-to-cart, as `@medusajs/js-sdk`'s `store.cart.createLineItem` sends it. */
export const addLine = (client, cartId, variantId, quantity = 1) =>
  client.request("POST", `/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity })

export function statusCounts(responses) {
  const counts = {}
  for (const { status } of responses) counts[status] = (counts[status] ?? 0) + 1
  return counts
}

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]
}

const ADDRESS = {
  first_name: "Rae",
  last_name: "Lindqvist",
  address_1: "12 Harbour Road",
  city: "Astoria",
  province: "OR",
  postal_code: "97103",
  country_code: "us",
  phone: "+1 503 555 0100",
}

/**
 * The shipping options a shopper picks: the named store's own, or else the first of each
 * shipping profile (each store ships its own profile, so one per store).
 */
function shippingChoices(options, storeName) {
  const named = storeName && options.find((o) => o.name.startsWith(`${storeName}:`))
  if (named) return [named]
  const firstOfProfile = new Map()
  for (const option of options) {
    if (!firstOfProfile.has(option.shipping_profile_id)) firstOfProfile.set(option.shipping_profile_id, option)
  }
  return [...firstOfProfile.values()]
}

/**
 * Everything Medusa's standard flow does before completion: e-mail and addresses, a
 * shipping method per store (the named store's own option when given), a payment
 * collection and a session with the system provider. Returns the first refused step.
 */
export async function prepareCheckout(client, cartId, { storeName } = {}) {
  const steps = [
    [
      "address",
      () =>
        client.request("POST", `/store/carts/${cartId}`, {
          email: `shopper-${cartId.slice(-8).toLowerCase()}@federated-cart.test`,
          shipping_address: ADDRESS,
          billing_address: ADDRESS,
        }),
    ],
    ["shipping options", () => client.request("GET", `/store/shipping-options?cart_id=${cartId}`)],
    [
      "shipping method",
      async (options) => {
        const chosen = shippingChoices(options.shipping_options ?? [], storeName)
        if (!chosen.length) return { status: 0, text: "no shipping option for this cart", json: undefined }
        let answer
        for (const option of chosen) {
          answer = await client.request("POST", `/store/carts/${cartId}/shipping-methods`, { option_id: option.id })
          if (answer.status !== 200) return answer
        }
        return answer
      },
    ],
    ["payment collection", () => client.request("POST", "/store/payment-collections", { cart_id: cartId })],
    [
      "payment session",
      (answer) =>
        client.request("POST", `/store/payment-collections/${answer.payment_collection.id}/payment-sessions`, {
          provider_id: "pp_system_default",
        }),
    ],
  ]
  let previous
  for (const [step, run] of steps) {
    const response = await run(previous)
    if (response.status !== 200 && response.status !== 201) return { ok: false, step, response }
    previous = response.json
  }
  return { ok: true }
}

/** `POST /store/carts/:id/complete`; Medusa answers 200 with `type: "cart"` when it did not place the order. */
export async function completeCart(client, cartId) {
  const response = await client.request("POST", `/store/carts/${cartId}/complete`)
  const placed = response.status === 200 && response.json?.type === "order"
  return { placed, response }
}
