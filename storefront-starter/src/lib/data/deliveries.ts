"use server"

import { cookies as nextCookies } from "next/headers"

import { sdk } from "@lib/config"
import { getCartId } from "@lib/data/cookies"
import { nullIfNotFound } from "@lib/util/errors"
import type { ExpectedDeliveries, ExpectedDeliveriesResponse } from "types/federated"

/**
 * Checkout may hand the shopper a fresh cart; it keeps the checked-out cart's id here so
 * the Deliveries page still finds what was bought (`rememberPlacedCart`).
 */
const PLACED_CART_COOKIE = "_fc_placed_cart"

/** The cart whose deliveries the shopper follows: the one last checked out, else the current one. */
export const getDeliveriesCartId = async (): Promise<string | undefined> => {
  const cookies = await nextCookies()
  return cookies.get(PLACED_CART_COOKIE)?.value ?? (await getCartId())
}

/** For checkout: remember the checked-out cart before the cart cookie moves on. */
export const rememberPlacedCart = async (cartId: string): Promise<void> => {
  const cookies = await nextCookies()
  cookies.set(PLACED_CART_COOKIE, cartId, { maxAge: 60 * 60 * 24 * 90, httpOnly: true, sameSite: "lax", path: "/" })
}

/** The purchased lines per store with their status, or null when there is no cart. */
export const retrieveExpectedDeliveries = async (): Promise<ExpectedDeliveries | null> => {
  const cartId = await getDeliveriesCartId()
  if (!cartId) {
    return null
  }
  return (
    sdk.client
      .fetch<ExpectedDeliveriesResponse>(`/store/federated-carts/${encodeURIComponent(cartId)}/expected-deliveries`, {
        method: "GET",
        cache: "no-store",
      })
      .then(({ expected_deliveries }) => expected_deliveries)
      // A stale cookie (cart deleted on the server) means "nothing expected".
      .catch(nullIfNotFound)
  )
}
