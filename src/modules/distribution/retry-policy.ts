/**
 * When a failed hand-off is tried again: exponential back-off from `baseSeconds`, doubling
 * per attempt up to `maxSeconds`, with up to `jitter` of it added at random so a
 * distributor coming back from an outage is not hit by every pending hand-off at once.
 * After `maxAttempts` it stops (`failed`); an admin can still retry by hand.
 */
export type RetryPolicy = {
  maxAttempts: number
  baseSeconds: number
  maxSeconds: number
  /** Fraction of the delay added at random, 0 to 1. */
  jitter: number
}

// 30 s, 1, 2, 4 … 128 min, then every 4 h: ten attempts span about eight and a half hours.
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 10, baseSeconds: 30, maxSeconds: 4 * 3600, jitter: 0.1 }

export function retryDelaySeconds(attempts: number, policy: RetryPolicy, random: () => number = Math.random) {
  const exponential = policy.baseSeconds * 2 ** Math.max(0, attempts - 1)
  const delay = Math.min(policy.maxSeconds, exponential)
  return delay + delay * policy.jitter * random()
}

export type AttemptVerdict =
  | { status: "acknowledged"; next_attempt_at: null }
  | { status: "pending"; next_attempt_at: Date }
  | { status: "failed"; next_attempt_at: null }

/** What a hand-off becomes after its `attempts`-th delivery. */
export function afterAttempt(
  { attempts, acknowledged, now }: { attempts: number; acknowledged: boolean; now: Date },
  policy: RetryPolicy,
  random?: () => number
): AttemptVerdict {
  if (acknowledged) {
    return { status: "acknowledged", next_attempt_at: null }
  }
  if (attempts >= policy.maxAttempts) {
    return { status: "failed", next_attempt_at: null }
  }
  return { status: "pending", next_attempt_at: new Date(now.getTime() + retryDelaySeconds(attempts, policy, random) * 1000) }
}
