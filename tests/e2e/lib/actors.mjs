// People acting behind the page's back, straight on Medusa's API: another shopper who takes
// and lets go of units, and an operator who releases holds.
import { assert } from "./harness.mjs"

function jsonClient(baseUrl, headers) {
  return async (method, path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", ...(await headers()) },
      body: body && JSON.stringify(body),
    })
    const text = await response.text()
    assert.ok(response.ok, `${method} ${path}: HTTP ${response.status} ${text}`)
    return text ? JSON.parse(text) : {}
  }
}

export function otherShopper({ backendUrl, demo }) {
  const send = jsonClient(backendUrl, () => ({ "x-publishable-api-key": demo.publishable_key }))
  let cartId

  return {
    /** The variant a product page of a store shows first. */
    async firstVariant(store, product) {
      const { product: found } = await send("GET", `/store/federated-stores/${store}/products/${product}`)
      return found.variants[0]
    },
    /** Puts `quantity` more of a variant in this shopper's cart, holding them; returns the line. */
    async add(variantId, quantity) {
      cartId ??= (await send("POST", "/store/carts", { region_id: demo.region_id })).cart.id
      const { federated_cart } = await send("POST", `/store/federated-carts/${cartId}/line-items`, {
        variant_id: variantId,
        quantity,
        bookmark: { url: "/" },
      })
      const lines = [...federated_cart.stores.flatMap((group) => group.items), ...(federated_cart.unassigned ?? [])]
      return lines.find((line) => line.variant_id === variantId)
    },
    async remove(lineId) {
      await send("DELETE", `/store/carts/${cartId}/line-items/${lineId}`)
    },
  }
}

export function operator({ backendUrl, admin }) {
  let token
  const send = jsonClient(backendUrl, async () => {
    token ??= (
      await jsonClient(backendUrl, () => ({}))("POST", "/auth/user/emailpass", { email: admin.email, password: admin.password })
    ).token
    return { authorization: `Bearer ${token}` }
  })

  return {
    /** Releases every live hold of a cart, as the admin's Tickets page does. */
    async releaseHolds(cartId, reason) {
      const { tickets } = await send("GET", `/admin/tickets?cart_id=${cartId}`)
      assert.ok(tickets.length > 0, `cart ${cartId} holds nothing to release`)
      for (const ticket of tickets) {
        await send("POST", `/admin/tickets/${ticket.id}/release`, { reason })
      }
    },
    /**
     * Fulfils every line of a store order and marks it shipped, as a store's admin does in
     * Medusa's dashboard (from the location of the order's shipping option).
     */
    async shipOrder(orderId) {
      const { order } = await send("GET", `/admin/orders/${orderId}`)
      const items = order.items.map((item) => ({ id: item.id, quantity: item.quantity }))
      await send("POST", `/admin/orders/${orderId}/fulfillments`, { items })
      const { order: fulfilled } = await send("GET", `/admin/orders/${orderId}?fields=id,fulfillments.id,fulfillments.created_at`)
      const [latest] = [...fulfilled.fulfillments].sort((a, b) => +new Date(b.created_at) - +new Date(a.created_at))
      await send("POST", `/admin/orders/${orderId}/fulfillments/${latest.id}/shipments`, { items })
    },
  }
}
