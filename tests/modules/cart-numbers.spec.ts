import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { CART_STATE_MODULE } from "../../src/modules/cart-state"
import CartMove from "../../src/modules/cart-state/models/cart-move"
import CartState from "../../src/modules/cart-state/models/cart-state"
import CartStateModuleService from "../../src/modules/cart-state/service"

jest.setTimeout(120000)

const HOUR = 3_600_000
const MINUTE = 60_000
const instants = (fromIso: string, toIso: string, step: number) => {
  const list: Date[] = []
  for (let t = Date.parse(fromIso); t < Date.parse(toIso); t += step) list.push(new Date(t))
  return list
}
// Carts are opened out of order, as concurrent shoppers would: the list must not depend on it.
const shuffled = <T>(list: T[]) =>
  list
    .map((item, i) => ({ item, key: (i * 7919) % list.length }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item)

moduleIntegrationTestRunner<CartStateModuleService>({
  moduleName: CART_STATE_MODULE,
  moduleModels: [CartState, CartMove],
  resolve: "./src/modules/cart-state",
  moduleOptions: { timeZone: "America/New_York" },
  testSuite: ({ service }) => {
    const open = (at: Date, i: number | string) => service.openCartState({ cart_id: `cart_${at.getTime()}_${i}`, opened_at: at })

    it("numbers carts opened through the repeated hour of 1 Nov 2026 distinctly, and lists them in true order", async () => {
      // 00:30 EDT to 02:30 EST: 01:00–02:00 happens twice.
      const opened = instants("2026-11-01T04:30:00Z", "2026-11-01T07:30:00Z", 5 * MINUTE)
      const states = await Promise.all(shuffled(opened).map((at, i) => open(at, i)))
      expect(new Set(states.map((state) => state.number)).size).toBe(opened.length)

      const byNumber = new Map(states.map((state) => [new Date(state.opened_at).getTime(), state.number]))
      expect(byNumber.get(Date.parse("2026-11-01T05:30:00Z"))).toMatch(/^20261101-013000-0400-/)
      expect(byNumber.get(Date.parse("2026-11-01T06:30:00Z"))).toMatch(/^20261101-013000-0500-/)

      const listed = await service.listCartStates({}, { order: { opened_at: "ASC" }, take: 1000 })
      expect(listed.map((state) => new Date(state.opened_at).getTime())).toEqual(opened.map((at) => at.getTime()))
      // The reason the list sorts by instant: the local times read out of order across the hour.
      const numbersInTrueOrder = listed.map((state) => state.number.slice(0, 15))
      expect([...numbersInTrueOrder].sort()).not.toEqual(numbersInTrueOrder)
    })

    it("skips the lost hour of 8 Mar 2026: no cart is numbered 02:xx, order stays true", async () => {
      const opened = instants("2026-03-08T06:30:00Z", "2026-03-08T07:30:00Z", 5 * MINUTE)
      const states = await Promise.all(shuffled(opened).map((at, i) => open(at, `m${i}`)))
      expect(states.some((state) => state.number.startsWith("20260308-02"))).toBe(false)
      expect(new Set(states.map((state) => state.number)).size).toBe(opened.length)
      const sorted = [...states].sort((a, b) => new Date(a.opened_at).getTime() - new Date(b.opened_at).getTime())
      expect(sorted.map((state) => state.number.slice(9, 20))).toEqual([
        "013000-0500",
        "013500-0500",
        "014000-0500",
        "014500-0500",
        "015000-0500",
        "015500-0500",
        "030000-0400",
        "030500-0400",
        "031000-0400",
        "031500-0400",
        "032000-0400",
        "032500-0400",
      ])
    })

    it("draws another suffix when a number is taken, and keeps a cart's number once given", async () => {
      const at = new Date("2026-11-01T05:59:59Z")
      const draws = ["7KQ2", "7KQ2", "7KQ2", "M4XP"]
      const draw = () => draws.shift()!
      const first = await service.openCartState({ cart_id: "cart_first", opened_at: at, draw })
      const second = await service.openCartState({ cart_id: "cart_second", opened_at: at, draw })
      expect(first.number).toBe("20261101-015959-0400-7KQ2")
      expect(second.number).toBe("20261101-015959-0400-M4XP")
      // An hour later the wall clock reads the same, the offset does not: no collision.
      const repeated = await service.openCartState({
        cart_id: "cart_repeat",
        opened_at: new Date(at.getTime() + HOUR),
        draw: () => "7KQ2",
      })
      expect(repeated.number).toBe("20261101-015959-0500-7KQ2")

      const again = await service.openCartState({ cart_id: "cart_first", opened_at: new Date(), draw: () => "ZZZZ" })
      expect(again).toMatchObject({ id: first.id, number: first.number })
    })

    it("gives concurrent openings of one cart one number", async () => {
      const at = new Date("2026-06-01T12:00:00Z")
      const states = await Promise.all(
        Array.from({ length: 10 }, () => service.openCartState({ cart_id: "cart_racy", opened_at: at }))
      )
      expect(new Set(states.map((state) => state.id)).size).toBe(1)
      expect(await service.listCartStates({ cart_id: "cart_racy" })).toHaveLength(1)
    })

    it("totals days by their real boundaries: 25 hours on 1 Nov, 23 on 8 Mar", async () => {
      // One cart at every real hour, from well before to well after each change.
      const hourly = [
        ...instants("2026-10-31T00:00:00Z", "2026-11-03T12:00:00Z", HOUR),
        ...instants("2026-03-07T00:00:00Z", "2026-03-10T12:00:00Z", HOUR),
      ]
      await Promise.all(hourly.map((at, i) => open(at, `h${i}`)))

      const autumn = await service.dailyTotals({ from: "2026-10-31", to: "2026-11-02" })
      expect(autumn.map(({ day, hours, carts }) => [day, hours, carts])).toEqual([
        ["2026-10-31", 24, 24],
        ["2026-11-01", 25, 25],
        ["2026-11-02", 24, 24],
      ])
      expect(autumn[1].starts_at.toISOString()).toBe("2026-11-01T04:00:00.000Z")
      expect(autumn[1].by_state).toEqual({ new: 25 })

      const spring = await service.dailyTotals({ from: "2026-03-07", to: "2026-03-09" })
      expect(spring.map(({ day, hours, carts }) => [day, hours, carts])).toEqual([
        ["2026-03-07", 24, 24],
        ["2026-03-08", 23, 23],
        ["2026-03-09", 24, 24],
      ])
    })
  },
})
