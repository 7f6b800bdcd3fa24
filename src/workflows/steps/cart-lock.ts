import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLocks, LockPolicy, releaseLocks } from "./acquire-locks"

/**
 * Every change to a cart holds the lock named by the cart's id: the same key Medusa's own
 * cart workflows take, so the plugin's routes and core's exclude each other. A shopper's
 * cart sees little contention, so a request waits its turn for a while and is then
 * refused with a 409 the storefront can retry, never a 500.
 */
export const CART_LOCK: LockPolicy = {
  waitSeconds: 15,
  expireSeconds: 30,
  retryMilliseconds: 40,
  busyMessage: "This cart is being changed by another request. Please try again in a moment.",
}

export const lockCartStep = createStep(
  "lock-cart",
  async (cartId: string, { container }) => {
    await acquireLocks(container, [cartId], CART_LOCK)
    return new StepResponse(cartId, cartId)
  },
  async (cartId, { container }) => {
    if (cartId) {
      await releaseLocks(container, [cartId])
    }
  }
)

export const unlockCartStep = createStep("unlock-cart", async (cartId: string, { container }) => {
  await releaseLocks(container, [cartId])
  return new StepResponse(cartId)
})
