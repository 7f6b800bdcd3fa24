import { CODE_ALPHABET, CODE_LENGTH, newCode, normalizeCode } from "../../src/lib/codes"

describe("an access code", () => {
  it("carries at least 80 bits in four groups of a look-alike-free alphabet", () => {
    expect(CODE_LENGTH * Math.log2(CODE_ALPHABET.length)).toBeGreaterThanOrEqual(80)
    expect(CODE_ALPHABET).not.toMatch(/[01OI]/)
    const code = newCode()
    expect(code).toMatch(/^[23456789A-HJ-NP-Z]{4}(-[23456789A-HJ-NP-Z]{4}){3}$/)
  })

  it("uses every symbol about equally (no modulo bias)", () => {
    const counts = new Map<string, number>()
    for (let i = 0; i < 4000; i++) {
      for (const symbol of newCode().replace(/-/g, "")) counts.set(symbol, (counts.get(symbol) ?? 0) + 1)
    }
    const expected = (4000 * CODE_LENGTH) / CODE_ALPHABET.length
    expect(counts.size).toBe(CODE_ALPHABET.length)
    for (const count of counts.values()) {
      expect(Math.abs(count - expected) / expected).toBeLessThan(0.1)
    }
  })

  it("is read the way shoppers type it", () => {
    expect(normalizeCode(" abcd-efgh jkmn-pqrs ")).toBe("ABCDEFGHJKMNPQRS")
    expect(normalizeCode("ABCD-EFGH-JKMN-PQR")).toBeNull()
    expect(normalizeCode("ABCD-EFGH-JKMN-PQR0")).toBeNull()
  })
})
