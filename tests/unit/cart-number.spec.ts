import { cartNumber, localDays, localTime, randomSuffix, startOfLocalDay } from "../../src/modules/cart-state/cart-number"

const NY = "America/New_York"
const at = (iso: string) => new Date(iso)

describe("cart numbers", () => {
  it("show local time with its UTC offset and a suffix", () => {
    expect(cartNumber(at("2026-11-01T05:34:56Z"), NY, "7KQ2")).toBe("20261101-013456-0400-7KQ2")
    expect(cartNumber(at("2026-11-01T06:34:56Z"), NY, "7KQ2")).toBe("20261101-013456-0500-7KQ2")
    expect(cartNumber(at("2026-07-04T16:00:00Z"), "UTC", "AAAA")).toBe("20260704-160000+0000-AAAA")
    expect(cartNumber(at("2026-07-04T16:00:00Z"), "Asia/Kolkata", "AAAA")).toBe("20260704-213000+0530-AAAA")
  })

  it("keep the repeated hour at the end of daylight saving time apart", () => {
    // Every minute of 01:00–02:00 local happens twice on 1 Nov 2026 in New York.
    const first = at("2026-11-01T05:00:00Z").getTime()
    const numbers = Array.from({ length: 120 }, (_, minute) => cartNumber(new Date(first + minute * 60_000), NY, "SAME"))
    expect(new Set(numbers).size).toBe(120)
    expect(numbers[0]).toBe("20261101-010000-0400-SAME")
    expect(numbers[60]).toBe("20261101-010000-0500-SAME")
  })

  it("skip the lost hour in March: 01:59:59 is followed by 03:00:00", () => {
    expect(cartNumber(at("2026-03-08T06:59:59Z"), NY, "AAAA")).toBe("20260308-015959-0500-AAAA")
    expect(cartNumber(at("2026-03-08T07:00:00Z"), NY, "AAAA")).toBe("20260308-030000-0400-AAAA")
  })

  it("draw suffixes from a look-alike-free alphabet", () => {
    const suffixes = Array.from({ length: 2000 }, randomSuffix)
    for (const suffix of suffixes) {
      expect(suffix).toMatch(/^[2-9A-HJKMNP-Z]{4}$/)
    }
    expect(new Set(suffixes).size).toBeGreaterThan(1900)
  })
})

describe("local days", () => {
  it("are 25 hours at the end of daylight saving time, 23 at its start, 24 otherwise", () => {
    const [fallBack] = localDays("2026-11-01", "2026-11-01", NY)
    expect(fallBack.starts_at.toISOString()).toBe("2026-11-01T04:00:00.000Z")
    expect(fallBack.ends_at.toISOString()).toBe("2026-11-02T05:00:00.000Z")
    expect(fallBack.hours).toBe(25)
    expect(localDays("2026-03-08", "2026-03-08", NY)[0].hours).toBe(23)
    expect(localDays("2026-03-07", "2026-03-09", NY).map((day) => day.hours)).toEqual([24, 23, 24])
  })

  it("start at the first instant of the day even where midnight itself is skipped", () => {
    // Chile moves its clocks at midnight: 6 Sep 2026 begins at 01:00.
    for (const day of ["2026-09-06", "2026-04-05", "2026-11-01", "2026-03-08"]) {
      for (const zone of ["America/Santiago", NY, "Australia/Lord_Howe", "UTC"]) {
        const start = startOfLocalDay(day, zone)
        expect(localTime(start, zone).day).toBe(day)
        expect(localTime(new Date(start.getTime() - 1000), zone).day < day).toBe(true)
      }
    }
    expect(localTime(startOfLocalDay("2026-09-06", "America/Santiago"), "America/Santiago").time).toBe("010000")
  })
})
