import { cookies as nextCookies, headers as nextHeaders } from "next/headers"

const CART_COOKIE = "_medusa_cart_id"

export const getCartId = async (): Promise<string | undefined> => {
  const cookies = await nextCookies()
  return cookies.get(CART_COOKIE)?.value
}

/** Only callable from a server action or route handler (cookies are read-only while rendering). */
export const setCartId = async (cartId: string): Promise<void> => {
  const cookies = await nextCookies()
  const headers = await nextHeaders()
  cookies.set(CART_COOKIE, cartId, {
    maxAge: 60 * 60 * 24 * 7,
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    // Secure when served over https (directly or behind a proxy); plain http on
    // localhost keeps working in development and tests.
    secure: headers.get("x-forwarded-proto") === "https",
  })
}

export const removeCartId = async (): Promise<void> => {
  const cookies = await nextCookies()
  cookies.delete(CART_COOKIE)
}
