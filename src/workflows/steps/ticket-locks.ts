import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * How long a ticket write waits for Medusa's lock on an item. The lock is held for one
 * short transaction only, so a wait is a queue of milliseconds-long writes; a wait that
 * outlasts Medusa's default (5 s) on a busy machine must not turn into a refusal.
 */
const RESERVATION_LOCK_WAIT_SECONDS = 120

/**
 * Runs a ticket write under the keys Medusa's own inventory steps take (the raw item ids:
 * reserve, adjust levels, create, update and delete reservations). Medusa's inventory
 * module reads a level and writes its `reserved_quantity` back; the ticket ledger moves it
 * in SQL. Under the same key neither can overwrite the other. Ticket writes among
 * themselves need no lock: the level's row lock in PostgreSQL settles them.
 */
export async function withReservationLocks<T>(container: MedusaContainer, inventoryItemIds: string[], write: () => Promise<T>) {
  const keys = [...new Set(inventoryItemIds)].sort()
  return keys.length
    ? container.resolve(Modules.LOCKING).execute(keys, write, { timeout: RESERVATION_LOCK_WAIT_SECONDS })
    : write()
}
