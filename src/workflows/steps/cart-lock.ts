import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { setTimeout as sleep } from "node:timers/promises"

/**
 * Every change to a cart holds the lock named by the cart's id: the same key Medusa's own
 * cart workflows take, so the plugin's routes and core's exclude each other. A shopper's
 * cart sees little contention, so a request waits its turn for a while and is then
 * refused with a 409 the storefront can retry, never a 500.
 */
export const CART_LOCK = { waitSeconds: 15, expireSeconds: 30, retryMilliseconds: 40 }

export const lockCartStep = createStep(
  "lock-cart",
  async (cartId: string, { container }) => {
    const locking = container.resolve(Modules.LOCKING)
    const giveUpAt = Date.now() + CART_LOCK.waitSeconds * 1000
    for (;;) {
      try {
        await locking.acquire(cartId, { expire: CART_LOCK.expireSeconds })
        return new StepResponse(cartId, cartId)
      } catch {
        if (Date.now() >= giveUpAt) {
          throw new MedusaError(
            MedusaError.Types.CONFLICT,
            "This cart is being changed by another request. Please try again in a moment."
          )
        }
        await sleep(CART_LOCK.retryMilliseconds)
      }
    }
  },
  async (cartId, { container }) => {
    if (cartId) {
      await container.resolve(Modules.LOCKING).release(cartId)
    }
  }
)

export const unlockCartStep = createStep("unlock-cart", async (cartId: string, { container }) => {
  await container.resolve(Modules.LOCKING).release(cartId)
  return new StepResponse(cartId)
})
