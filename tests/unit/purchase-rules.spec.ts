import { countedSince, limitProblem } from "../../src/modules/purchase-rules/rules"

const rule = (changes: Partial<Parameters<typeof limitProblem>[0]> = {}) => ({
  limit_quantity: null,
  limit_amount: null,
  limit_period_days: null,
  ...changes,
})

describe("a partner account's purchase limit", () => {
  it("allows up to the quantity, counting what was bought", () => {
    expect(limitProblem(rule({ limit_quantity: 3 }), "Turns", { quantity: 1, amount: 0 }, { quantity: 2, amount: 0 })).toBeNull()
    expect(limitProblem(rule({ limit_quantity: 3 }), "Turns", { quantity: 1, amount: 0 }, { quantity: 3, amount: 0 })).toBe(
      "Turns is limited to 3 per account: this account can buy 2 more."
    )
  })

  it("compares money in cents, so sums of prices do not drift past it", () => {
    const limit = rule({ limit_amount: 0.3, limit_period_days: 7 })
    expect(limitProblem(limit, "Turns", { quantity: 1, amount: 0.1 }, { quantity: 1, amount: 0.2 })).toBeNull()
    expect(limitProblem(limit, "Turns", { quantity: 1, amount: 0.1 }, { quantity: 1, amount: 0.21 })).toBe(
      "Turns is limited to 0.30 per account every 7 days: this account can spend 0.20 more."
    )
  })

  it("counts purchases of the period only, or ever", () => {
    const now = new Date("2026-11-21T00:00:00Z")
    expect(countedSince(rule({ limit_period_days: 30 }), now)).toEqual(new Date("2026-10-22T00:00:00Z"))
    expect(countedSince(rule(), now)).toBeNull()
  })
})
