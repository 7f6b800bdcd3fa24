import { earnedRules } from "../../src/modules/bonus/tiers"
import { bonusNetTotal } from "../../src/workflows/utils/bonus-lines"

const rule = (id: string, threshold_amount: number, created_at = "2026-11-01T00:00:00Z") => ({ id, threshold_amount, created_at })

describe("bonus tiers: the highest reached wins", () => {
  const ladder = [rule("cap", 30), rule("calendar", 60), rule("hoodie", 120)]

  it("gives nothing a cent below the lowest threshold, and that tier exactly at it", () => {
    expect(earnedRules(ladder, 29.99)).toEqual([])
    expect(earnedRules(ladder, 30).map((r) => r.id)).toEqual(["cap"])
  })

  it("gives only the highest tier reached", () => {
    expect(earnedRules(ladder, 60).map((r) => r.id)).toEqual(["calendar"])
    expect(earnedRules(ladder, 500).map((r) => r.id)).toEqual(["hoodie"])
  })

  it("compares to the cent, whatever the floating point sum", () => {
    expect(earnedRules([rule("r", 0.3)], 0.1 + 0.2).map((r) => r.id)).toEqual(["r"])
  })

  it("breaks a tie by the rule made first", () => {
    const tied = [rule("later", 50, "2026-11-02T00:00:00Z"), rule("first", 50, "2026-11-01T00:00:00Z")]
    expect(earnedRules(tied, 50).map((r) => r.id)).toEqual(["first"])
  })
})

describe("the net total a bonus is measured against", () => {
  const line = (
    id: string,
    unit_price: number,
    quantity: number,
    metadata: Record<string, unknown> | null = null,
    discount = 0
  ) => ({
    id,
    unit_price,
    quantity,
    metadata,
    adjustments: discount ? [{ amount: discount }] : [],
  })

  it("counts lines after their discounts, less credits, and never the bonus lines", () => {
    const lines = [
      line("book", 32, 2, null, 6.4),
      line("bonus", 0, 1, { bonus_rule_id: "r" }),
      line("fee", 1, 1, { line_kind: "charge" }),
    ]
    expect(bonusNetTotal(lines, [{ id: "c", amount: 2 }])).toBeCloseTo(64 - 6.4 + 1 - 2)
  })
})
