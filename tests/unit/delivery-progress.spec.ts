import { lineStatus, orderStatus, stepsTaken } from "../../src/modules/delivery-relay/progress"

const line = (quantity: number, fulfilled = 0, shipped = 0, delivered = 0) => ({
  quantity,
  fulfilled_quantity: fulfilled,
  shipped_quantity: shipped,
  delivered_quantity: delivered,
})

describe("a fulfillment's steps", () => {
  it("are listed created → shipped → delivered, only those that happened", () => {
    expect(stepsTaken({ created_at: "2026-11-22T10:00:00Z" }).map((step) => step.kind)).toEqual(["created"])
    expect(
      stepsTaken({ created_at: "2026-11-22T10:00:00Z", shipped_at: "2026-11-22T11:00:00Z", delivered_at: "2026-11-23T09:00:00Z" })
    ).toEqual([
      { kind: "created", happened_at: new Date("2026-11-22T10:00:00Z") },
      { kind: "shipped", happened_at: new Date("2026-11-22T11:00:00Z") },
      { kind: "delivered", happened_at: new Date("2026-11-23T09:00:00Z") },
    ])
  })

  it("skip shipped when the store marked a fulfillment delivered without shipping it", () => {
    expect(stepsTaken({ created_at: new Date(), shipped_at: null, delivered_at: new Date() }).map((step) => step.kind)).toEqual([
      "created",
      "delivered",
    ])
  })
})

describe("a purchased line's delivery status", () => {
  it("is the furthest step every unit has reached", () => {
    expect(lineStatus(line(3))).toBe("awaiting_fulfillment")
    expect(lineStatus(line(3, 2))).toBe("awaiting_fulfillment")
    expect(lineStatus(line(3, 3))).toBe("fulfilled")
    expect(lineStatus(line(3, 3, 3))).toBe("shipped")
    expect(lineStatus(line(3, 3, 3, 3))).toBe("delivered")
    expect(lineStatus(line(3, 3, 3, 1))).toBe("shipped")
  })

  it("counts a delivered unit as shipped and fulfilled too", () => {
    expect(lineStatus(line(2, 0, 0, 2))).toBe("delivered")
    expect(lineStatus(line(2, 1, 0, 1))).toBe("awaiting_fulfillment")
    expect(lineStatus(line(2, 2, 0, 1))).toBe("fulfilled")
  })

  it("makes a store order stand where its least advanced line stands", () => {
    expect(orderStatus(["delivered", "shipped", "delivered"])).toBe("shipped")
    expect(orderStatus(["delivered", "awaiting_fulfillment"])).toBe("awaiting_fulfillment")
    expect(orderStatus(["delivered"])).toBe("delivered")
    expect(orderStatus([])).toBe("awaiting_fulfillment")
  })
})
