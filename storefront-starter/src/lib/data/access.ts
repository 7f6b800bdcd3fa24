"use server"

import { revalidatePath } from "next/cache"
import { cookies as nextCookies } from "next/headers"

import { sdk } from "@lib/config"
import { getCartId, setCartId } from "@lib/data/cookies"
import { getRegion } from "@lib/data/regions"
import { getErrorMessage } from "@lib/util/errors"
import type { ActionResult } from "types/federated"

// What the banner shows of the partner session; the server holds the binding itself.
const PARTNER_COOKIE = "_fc_partner"

export type PartnerSession = { partner: string; account: string; return_url: string | null }

type PartnerHandshakeResponse = {
  partner_session: {
    partner: { name: string; return_url: string | null }
    account: { account_ref: string; display_name: string | null }
    expires_at: string
  }
}

/** The shopper's cart id, making the cart first when there is none (the unlocks belong to it). */
const cartForUnlock = async (): Promise<string> => {
  const existing = await getCartId()
  if (existing) {
    return existing
  }
  const region = await getRegion()
  const { cart } = await sdk.store.cart.create(region ? { region_id: region.id } : {})
  await setCartId(cart.id)
  return cart.id
}

/** Binds the cart to the partner account the token names (a shopper arriving from a game). */
export const arriveFromPartner = async (token: string): Promise<ActionResult> => {
  try {
    const cartId = await cartForUnlock()
    const { partner_session } = await sdk.client.fetch<PartnerHandshakeResponse>(
      `/store/federated-carts/${encodeURIComponent(cartId)}/partner-handshake`,
      { method: "POST", body: { token }, cache: "no-store" }
    )
    const session: PartnerSession = {
      partner: partner_session.partner.name,
      account: partner_session.account.display_name ?? partner_session.account.account_ref,
      return_url: partner_session.partner.return_url,
    }
    const cookies = await nextCookies()
    cookies.set(PARTNER_COOKIE, JSON.stringify(session), {
      expires: new Date(partner_session.expires_at),
      httpOnly: true,
      sameSite: "lax",
      path: "/",
    })
  } catch (error) {
    return { success: false, error: getErrorMessage(error) }
  }
  revalidatePath("/", "layout")
  return { success: true }
}

export const getPartnerSession = async (): Promise<PartnerSession | null> => {
  const raw = (await nextCookies()).get(PARTNER_COOKIE)?.value
  try {
    return raw ? (JSON.parse(raw) as PartnerSession) : null
  } catch {
    return null
  }
}

/** Sends a typed code to one of the cart's code routes; the server answers every code it will not take the same way. */
async function enterCode(route: "access-codes" | "prepaid-codes", form: FormData): Promise<ActionResult> {
  try {
    const cartId = await cartForUnlock()
    await sdk.client.fetch(`/store/federated-carts/${encodeURIComponent(cartId)}/${route}`, {
      method: "POST",
      body: { code: String(form.get("code") ?? "") },
      cache: "no-store",
    })
  } catch (error) {
    return { success: false, error: getErrorMessage(error) }
  }
  revalidatePath("/", "layout")
  return { success: true }
}

/** Opens the private products an access code names to the shopper's cart. */
export const enterAccessCode = async (_previous: ActionResult | null, form: FormData) => enterCode("access-codes", form)

/** Redeems a prepaid code into the shopper's cart (after the partner handshake): its product goes in at $0. */
export const enterPrepaidCode = async (_previous: ActionResult | null, form: FormData) => enterCode("prepaid-codes", form)

/** Catalogue requests name the cart, so what it unlocked is shown (the server decides what). */
export const cartHeaders = async (): Promise<Record<string, string>> => {
  const cartId = await getCartId()
  return cartId ? { "x-cart-id": cartId } : {}
}
