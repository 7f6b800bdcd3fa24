"use server"

import { revalidatePath } from "next/cache"

import { sdk } from "@lib/config"
import { changeCart } from "@lib/data/change-cart"
import { getCartId, setCartId } from "@lib/data/cookies"
import { getRegion } from "@lib/data/regions"
import { getErrorMessage, isNotFound } from "@lib/util/errors"
import type { ActionResult, AddToCartInput, CartState, FederatedCart, FederatedCartResponse } from "types/federated"

/** The shopper's federated cart, or null when there is none (yet). */
export const retrieveFederatedCart = async (): Promise<FederatedCart | null> => {
  const cartId = await getCartId()
  if (!cartId) {
    return null
  }

  return sdk.client
    .fetch<FederatedCartResponse>(`/store/federated-carts/${encodeURIComponent(cartId)}`, { method: "GET", cache: "no-store" })
    .then(({ federated_cart }) => federated_cart)
    .catch((error: unknown) => {
      // A stale cookie (cart deleted on the server) means "no cart".
      if (isNotFound(error)) {
        return null
      }
      throw error
    })
}

/** Number of units in the cart, for the header. Never throws. */
export const getCartItemCount = async (): Promise<number> => {
  try {
    const cart = await retrieveFederatedCart()
    return cart?.stores.reduce((count, group) => count + group.items.reduce((sum, item) => sum + item.quantity, 0), 0) ?? 0
  } catch {
    return 0
  }
}

/** Creates a Medusa cart in the default region and remembers it in the cookie. */
const createCart = async (): Promise<string> => {
  const region = await getRegion()
  if (!region) {
    throw new Error("The store has no region configured.")
  }

  const { cart } = await sdk.store.cart.create({ region_id: region.id })
  await setCartId(cart.id)
  return cart.id
}

const postLineItem = (cartId: string, input: AddToCartInput) =>
  sdk.client.fetch<FederatedCartResponse>(`/store/federated-carts/${encodeURIComponent(cartId)}/line-items`, {
    method: "POST",
    body: {
      variant_id: input.variantId,
      quantity: input.quantity,
      bookmark: input.bookmark,
    },
    cache: "no-store",
  })

/**
 * Adds a variant to the one cart shared by all federated stores, recording the
 * page it was added from (the bookmark). Creates the cart on first add.
 */
export const addToCart = async (input: AddToCartInput): Promise<ActionResult> => {
  try {
    const existingId = await getCartId()

    if (existingId) {
      try {
        await postLineItem(existingId, input)
      } catch (error) {
        // The cookie points at a cart the server no longer knows: start over.
        if (!isNotFound(error)) {
          throw error
        }
        await postLineItem(await createCart(), input)
      }
    } else {
      await postLineItem(await createCart(), input)
    }
  } catch (error) {
    return { success: false, error: getErrorMessage(error) }
  }

  revalidatePath("/", "layout")
  return { success: true }
}

/** Changes a line's quantity with Medusa's core cart route. */
export const updateLineItem = async ({ lineId, quantity }: { lineId: string; quantity: number }): Promise<ActionResult> =>
  changeCart((cartId) => sdk.store.cart.updateLineItem(cartId, lineId, { quantity }))

/** Removes a line with Medusa's core cart route. */
export const deleteLineItem = async (lineId: string): Promise<ActionResult> =>
  changeCart((cartId) => sdk.store.cart.deleteLineItem(cartId, lineId))

/**
 * Holds an expired line's units again. Refused (409, with the free count) when other
 * shoppers hold or bought them meanwhile.
 */
export const holdLineAgain = async (lineId: string): Promise<ActionResult> =>
  changeCart((cartId) =>
    sdk.client.fetch<FederatedCartResponse>(
      `/store/federated-carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}/hold`,
      { method: "POST", cache: "no-store" }
    )
  )

/** Extends every hold of the cart, as far as the server allows. */
export const extendHolds = async (): Promise<ActionResult> =>
  changeCart((cartId) =>
    sdk.client.fetch<FederatedCartResponse>(`/store/federated-carts/${encodeURIComponent(cartId)}/holds/extend`, {
      method: "POST",
      cache: "no-store",
    })
  )

/** "Review and pay" (full), "Keep shopping" (shop), "Cancel cart" (void). */
export const moveCart = async (to: CartState): Promise<ActionResult> =>
  changeCart((cartId) =>
    sdk.client.fetch<FederatedCartResponse>(`/store/federated-carts/${encodeURIComponent(cartId)}/state`, {
      method: "POST",
      body: { to },
      cache: "no-store",
    })
  )
