import Redis from "ioredis"
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible"

export type AttemptLimits = {
  /** Code attempts one client address may make per window. */
  perClient: number
  /** Code attempts one cart may make per window. */
  perCart: number
  windowSeconds: number
}

export const DEFAULT_ATTEMPT_LIMITS: AttemptLimits = { perClient: 20, perCart: 5, windowSeconds: 15 * 60 }

/**
 * Brakes on guessing codes (access and prepaid codes alike), per client address and per cart. Every attempt spends
 * a point before the code is looked at (so racing requests cannot slip past the count);
 * a successful one gets its point back, so only failures add up. In memory by default;
 * in Redis when there is one, so every server instance counts together.
 */
export class CodeAttempts {
  private readonly byClient: RateLimiterAbstract
  private readonly byCart: RateLimiterAbstract

  constructor(limits: AttemptLimits, redisUrl?: string) {
    const redis = redisUrl ? new Redis(redisUrl) : null
    const limiter = (keyPrefix: string, points: number) =>
      redis
        ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration: limits.windowSeconds })
        : new RateLimiterMemory({ keyPrefix, points, duration: limits.windowSeconds })
    this.byClient = limiter("fc-code-client", limits.perClient)
    this.byCart = limiter("fc-code-cart", limits.perCart)
  }

  /** Spends an attempt; when either brake is on, the seconds until the next attempt is allowed. */
  async take(client: string, cartId: string): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
    const results = await Promise.allSettled([this.byClient.consume(client), this.byCart.consume(cartId)])
    const refusals = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []))
    if (!refusals.length) {
      return { allowed: true }
    }
    const waits = refusals.map((refusal) => {
      if (refusal instanceof RateLimiterRes) return refusal.msBeforeNext
      throw refusal
    })
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...waits) / 1000)) }
  }

  /** Gives back the point of an attempt that succeeded. */
  async forgive(client: string, cartId: string) {
    await Promise.all([this.byClient.reward(client), this.byCart.reward(cartId)])
  }
}
