import { revalidatePath } from "next/cache"

import { getCartId } from "@lib/data/cookies"
import { getErrorMessage } from "@lib/util/errors"
import type { ActionResult } from "types/federated"

/**
 * Runs one change on the shopper's cart for a server action: no cart, or a refusal from
 * the server, becomes the message the shopper sees; success re-renders the pages.
 */
export const changeCart = async (change: (cartId: string) => Promise<unknown>): Promise<ActionResult> => {
  const cartId = await getCartId()
  if (!cartId) {
    return { success: false, error: "No cart found." }
  }

  try {
    await change(cartId)
  } catch (error) {
    return { success: false, error: getErrorMessage(error) }
  }

  revalidatePath("/", "layout")
  return { success: true }
}
