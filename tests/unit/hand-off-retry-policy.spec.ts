import { afterAttempt, DEFAULT_RETRY_POLICY, retryDelaySeconds } from "../../src/modules/distribution/retry-policy"

const policy = { ...DEFAULT_RETRY_POLICY, jitter: 0 }
const now = new Date("2026-11-22T12:00:00Z")

describe("hand-off retries", () => {
  it("wait twice as long after each failure, from 30 seconds up to 4 hours", () => {
    const delays = Array.from({ length: 12 }, (_, i) => retryDelaySeconds(i + 1, policy))
    expect(delays).toEqual([30, 60, 120, 240, 480, 960, 1920, 3840, 7680, 14400, 14400, 14400])
  })

  it("add at most the jitter fraction at random, never less than the back-off", () => {
    const jittered = { ...policy, jitter: 0.1 }
    expect(retryDelaySeconds(3, jittered, () => 0)).toBe(120)
    expect(retryDelaySeconds(3, jittered, () => 0.999)).toBeCloseTo(131.99, 1)
  })

  it("end with the distributor's acknowledgement, or as failed after the last allowed attempt", () => {
    expect(afterAttempt({ attempts: 3, acknowledged: true, now }, policy)).toEqual({
      status: "acknowledged",
      next_attempt_at: null,
    })
    expect(afterAttempt({ attempts: 1, acknowledged: false, now }, policy)).toEqual({
      status: "pending",
      next_attempt_at: new Date(now.getTime() + 30_000),
    })
    expect(afterAttempt({ attempts: policy.maxAttempts - 1, acknowledged: false, now }, policy).status).toBe("pending")
    expect(afterAttempt({ attempts: policy.maxAttempts, acknowledged: false, now }, policy)).toEqual({
      status: "failed",
      next_attempt_at: null,
    })
    // A manual retry past the limit that fails again stays given up.
    expect(afterAttempt({ attempts: policy.maxAttempts + 1, acknowledged: false, now }, policy).status).toBe("failed")
  })
})
