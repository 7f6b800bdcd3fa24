import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { setTimeout as sleep } from "node:timers/promises"

/**
 * Tickets on an inventory item are taken, changed and released only while holding the
 * lock named by the item's id: the same key Medusa's own reserve step takes, so plugin
 * and core never count the same units at once. Several items are always locked in id
 * order, so two requests can never wait on each other. A request that cannot get its
 * locks in time is refused with a 409, never a 500.
 */
export const INVENTORY_LOCK = { waitSeconds: 10, expireSeconds: 30, retryMilliseconds: 25 }

export const inventoryLockKeys = (inventoryItemIds: string[]) => [...new Set(inventoryItemIds)].sort()

type Locking = {
  acquire(keys: string | string[], args?: { expire?: number }): Promise<unknown>
  release(keys: string | string[]): Promise<unknown>
}

// One key at a time: a provider may keep the keys it took before one it could not get,
// so a failed attempt gives back what it took before trying again.
async function acquireAll(locking: Locking, keys: string[]): Promise<boolean> {
  const taken: string[] = []
  try {
    for (const key of keys) {
      await locking.acquire(key, { expire: INVENTORY_LOCK.expireSeconds })
      taken.push(key)
    }
    return true
  } catch {
    if (taken.length) {
      await locking.release(taken)
    }
    return false
  }
}

export const lockInventoryItemsStep = createStep(
  "lock-inventory-items",
  async (inventoryItemIds: string[], { container }) => {
    const keys = inventoryLockKeys(inventoryItemIds)
    if (!keys.length) {
      return new StepResponse(keys, keys)
    }
    const locking = container.resolve(Modules.LOCKING)
    const giveUpAt = Date.now() + INVENTORY_LOCK.waitSeconds * 1000
    for (;;) {
      if (await acquireAll(locking, keys)) {
        return new StepResponse(keys, keys)
      }
      if (Date.now() >= giveUpAt) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          "Too many shoppers are reaching for this item right now. Please try again in a moment."
        )
      }
      await sleep(INVENTORY_LOCK.retryMilliseconds)
    }
  },
  async (keys, { container }) => {
    if (keys?.length) {
      await container.resolve(Modules.LOCKING).release(keys)
    }
  }
)

export const unlockInventoryItemsStep = createStep(
  "unlock-inventory-items",
  async (keys: string[], { container }) => {
    if (keys.length) {
      await container.resolve(Modules.LOCKING).release(keys)
    }
    return new StepResponse(keys)
  }
)
