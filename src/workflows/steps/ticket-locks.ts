import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { acquireLocks, LockPolicy, releaseLocks } from "./acquire-locks"

/**
 * Tickets on an inventory item are taken, changed, released and checked out only under
 * the lock `ticket:<item id>`. It is not the key Medusa's own reserve step takes (the raw
 * item id): a ticket change runs core's cart workflows, which may take that key themselves
 * while the ticket lock is held, and Medusa's locks are not re-entrant. Every path takes the
 * ticket lock first and the raw key second, never the other way round, and several items
 * are locked in id order, so no two requests can wait on each other.
 */
export const TICKET_LOCK: LockPolicy = {
  waitSeconds: 30,
  expireSeconds: 30,
  retryMilliseconds: 20,
  busyMessage: "Too many shoppers are reaching for this item right now. Please try again in a moment.",
}

/** Checkouts of one item go one at a time, each until its units are the orders' reservations. */
export const CHECKOUT_TICKET_LOCK: LockPolicy = {
  ...TICKET_LOCK,
  waitSeconds: 90,
  expireSeconds: 120,
}

export const ticketLockKeys = (inventoryItemIds: string[]) => [...new Set(inventoryItemIds)].sort().map((id) => `ticket:${id}`)

export async function lockTickets(container: MedusaContainer, inventoryItemIds: string[], policy = TICKET_LOCK) {
  const keys = ticketLockKeys(inventoryItemIds)
  await acquireLocks(container, keys, policy)
  return keys
}

/**
 * Writes reservations on these items under the same keys Medusa's reserve step takes, so
 * the plugin and core's own reservations (order edits, draft orders) never count at once.
 */
export async function withReservationLocks<T>(container: MedusaContainer, inventoryItemIds: string[], write: () => Promise<T>) {
  const keys = [...new Set(inventoryItemIds)].sort()
  return keys.length ? container.resolve(Modules.LOCKING).execute(keys, write) : write()
}

export const lockTicketsStep = createStep(
  "lock-tickets",
  async ({ inventory_item_ids, checkout }: { inventory_item_ids: string[]; checkout?: boolean }, { container }) => {
    const keys = await lockTickets(container, inventory_item_ids, checkout ? CHECKOUT_TICKET_LOCK : TICKET_LOCK)
    return new StepResponse(keys, keys)
  },
  async (keys, { container }) => {
    if (keys) {
      await releaseLocks(container, keys)
    }
  }
)

/**
 * Lets the ticket locks go. Should a later step fail, the locks are taken again first, so
 * that what the failure undoes (tickets restored, units re-reserved) is undone under them,
 * and the lock step's own undo lets them go once more.
 */
export const unlockTicketsStep = createStep(
  "unlock-tickets",
  async (keys: string[], { container }) => {
    await releaseLocks(container, keys)
    return new StepResponse(keys, keys)
  },
  async (keys, { container }) => {
    if (keys?.length) {
      await acquireLocks(container, keys, CHECKOUT_TICKET_LOCK)
    }
  }
)
