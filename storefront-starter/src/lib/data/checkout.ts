"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"

import { sdk } from "@lib/config"
import { changeCart } from "@lib/data/change-cart"
import { getCartId, removeCartId } from "@lib/data/cookies"
import { rememberPlacedCart } from "@lib/data/deliveries"
import { getErrorMessage, nullIfNotFound } from "@lib/util/errors"
import type { HttpTypes } from "@medusajs/types"
import type { ActionResult, CheckoutDetailsInput, StoreShippingChoices, StoreShippingChoicesResponse } from "types/federated"

// What the checkout page shows of Medusa's own cart: the details and the amount to pay.
const CHECKOUT_FIELDS =
  "id,email,currency_code,total,shipping_total,tax_total,*shipping_address,*billing_address,*shipping_methods"

/** The shopper's cart as Medusa sees it (details, shipping methods, totals), or null. */
export const retrieveCheckoutCart = async (): Promise<HttpTypes.StoreCart | null> => {
  const cartId = await getCartId()
  if (!cartId) {
    return null
  }
  return sdk.store.cart
    .retrieve(cartId, { fields: CHECKOUT_FIELDS }, { cache: "no-store" })
    .then(({ cart }) => cart)
    .catch(nullIfNotFound)
}

/** The cart's shipping options, store by store (the plugin applies checkout's own rule). */
export const retrieveShippingChoices = async (): Promise<StoreShippingChoices[]> => {
  const cartId = await getCartId()
  if (!cartId) {
    return []
  }
  const { stores } = await sdk.client.fetch<StoreShippingChoicesResponse>(
    `/store/federated-carts/${encodeURIComponent(cartId)}/shipping-options`,
    { method: "GET", cache: "no-store" }
  )
  return stores
}

/** E-mail and addresses; without a billing address, the shipping address is billed. */
export const saveCheckoutDetails = async (input: CheckoutDetailsInput): Promise<ActionResult> =>
  changeCart((cartId) =>
    sdk.store.cart.update(cartId, {
      email: input.email,
      shipping_address: input.shipping_address,
      billing_address: input.billing_address ?? input.shipping_address,
    })
  )

/** Picks a store's shipping option; Medusa replaces that store's previous choice (same shipping profile). */
export const chooseShippingOption = async (optionId: string): Promise<ActionResult> =>
  changeCart((cartId) => sdk.store.cart.addShippingMethod(cartId, { option_id: optionId }))

type CompleteResponse =
  | { type: "order"; order: HttpTypes.StoreOrder; order_group?: { id: string } }
  | { type: "cart"; cart: HttpTypes.StoreCart; error: { message: string } }

/**
 * Pays with `providerId` and checks out: a payment session for the cart's total, then the
 * federated checkout (one order per store). On success the placed cart is remembered for
 * the Deliveries page, the shopper gets a fresh cart and lands on the confirmation.
 * Providers that confirm in the browser first (cards, wallets) call this once they have.
 */
export const payAndPlaceOrder = async (providerId: string): Promise<ActionResult> => {
  const cartId = await getCartId()
  if (!cartId) {
    return { success: false, error: "No cart found." }
  }
  try {
    const { cart } = await sdk.store.cart.retrieve(cartId, { fields: "id,*payment_collection" }, { cache: "no-store" })
    await sdk.store.payment.initiatePaymentSession(cart, { provider_id: providerId })
    const completed = (await sdk.store.cart.complete(cartId)) as unknown as CompleteResponse
    if (completed.type === "cart") {
      return { success: false, error: completed.error?.message ?? "The payment was not accepted." }
    }
  } catch (error) {
    return { success: false, error: getErrorMessage(error) }
  }

  await rememberPlacedCart(cartId)
  await removeCartId()
  revalidatePath("/", "layout")
  redirect(`/order-confirmed/${encodeURIComponent(cartId)}`)
}

/** The payment providers enabled in the cart's region. */
export const listPaymentProviderIds = async (regionId: string): Promise<string[]> => {
  const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: regionId }, { cache: "no-store" })
  return payment_providers.map((provider) => provider.id)
}
