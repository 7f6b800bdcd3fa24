import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLocks, LockPolicy, releaseLocks } from "./acquire-locks"

/**
 * Tickets on an inventory item are taken, changed and released only while holding the
 * lock named by the item's id: the same key Medusa's own reserve step takes, so plugin
 * and core never count the same units at once. Several items are always locked in id
 * order, so two requests can never wait on each other.
 */
export const INVENTORY_LOCK: LockPolicy = {
  waitSeconds: 10,
  expireSeconds: 30,
  retryMilliseconds: 25,
  busyMessage: "Too many shoppers are reaching for this item right now. Please try again in a moment.",
}

export const inventoryLockKeys = (inventoryItemIds: string[]) => [...new Set(inventoryItemIds)].sort()

export const lockInventoryItemsStep = createStep(
  "lock-inventory-items",
  async (inventoryItemIds: string[], { container }) => {
    const keys = inventoryLockKeys(inventoryItemIds)
    await acquireLocks(container, keys, INVENTORY_LOCK)
    return new StepResponse(keys, keys)
  },
  async (keys, { container }) => {
    if (keys) {
      await releaseLocks(container, keys)
    }
  }
)

export const unlockInventoryItemsStep = createStep(
  "unlock-inventory-items",
  async (keys: string[], { container }) => {
    await releaseLocks(container, keys)
    return new StepResponse(keys)
  }
)
