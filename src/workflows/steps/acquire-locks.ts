import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { setTimeout as sleep } from "node:timers/promises"

export type LockPolicy = {
  waitSeconds: number
  expireSeconds: number
  retryMilliseconds: number
  /** What the shopper reads when the wait runs out (answered as a 409). */
  busyMessage: string
}

type Locking = {
  acquire(keys: string | string[], args?: { expire?: number }): Promise<unknown>
  release(keys: string | string[]): Promise<unknown>
}

// One key at a time: a provider may keep the keys it took before one it could not get,
// so a failed attempt gives back what it took before trying again.
async function acquireAll(locking: Locking, keys: string[], expire: number): Promise<boolean> {
  const taken: string[] = []
  try {
    for (const key of keys) {
      await locking.acquire(key, { expire })
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

/**
 * Takes every lock in `keys` (in the order given), waiting up to the policy's time and
 * then refusing with a 409 rather than failing with a 500.
 */
export async function acquireLocks(container: MedusaContainer, keys: string[], policy: LockPolicy) {
  const locking = container.resolve(Modules.LOCKING)
  const giveUpAt = Date.now() + policy.waitSeconds * 1000
  while (!(await acquireAll(locking, keys, policy.expireSeconds))) {
    if (Date.now() >= giveUpAt) {
      throw new MedusaError(MedusaError.Types.CONFLICT, policy.busyMessage)
    }
    await sleep(policy.retryMilliseconds)
  }
}

export async function releaseLocks(container: MedusaContainer, keys: string[]) {
  if (keys.length) {
    await container.resolve(Modules.LOCKING).release(keys)
  }
}
