import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { closeCheckout, openCheckout, undoCartMoves } from "../utils/cart-state"

/** Lets the checkout start only from `shop` or `full` (a 409 otherwise), closing the lines. */
export const openCheckoutStep = createStep(
  "open-checkout",
  async (cartId: string, { container }) => {
    const made = await openCheckout(container, cartId)
    return new StepResponse(made, made)
  },
  async (made, { container }) => {
    await undoCartMoves(container, made)
  }
)

/** The order group exists: the cart is done and never changes again. */
export const closeCheckoutStep = createStep(
  "close-checkout",
  async (cartId: string, { container }) => {
    const made = await closeCheckout(container, cartId)
    return new StepResponse(made, made)
  },
  async (made, { container }) => {
    await undoCartMoves(container, made)
  }
)
