import { freeUnits, isLive, unitsNeeded } from "../../src/modules/ticketing/stock"
import TicketingModuleService from "../../src/modules/ticketing/service"

describe("the stock rules of tickets", () => {
  it("counts units whose hold ran out as free before any sweep, and never goes below zero", () => {
    expect(freeUnits({ stocked_quantity: 50, reserved_quantity: 50 }, 0)).toBe(0)
    expect(freeUnits({ stocked_quantity: 50, reserved_quantity: 50 }, 10)).toBe(10)
    expect(freeUnits({ stocked_quantity: 5, reserved_quantity: 8 }, 0)).toBe(0)
  })

  it("treats a held ticket as live until the instant it runs out, not after", () => {
    const ticket = { status: "held", expires_at: "2026-11-01T12:15:00.000Z" }
    expect(isLive(ticket, new Date("2026-11-01T12:14:59.999Z"))).toBe(true)
    expect(isLive(ticket, new Date("2026-11-01T12:15:00.000Z"))).toBe(false)
    expect(isLive({ ...ticket, status: "released" }, new Date("2026-11-01T12:00:00Z"))).toBe(false)
  })

  it("takes each inventory item times its required quantity, and nothing for untracked stock", () => {
    const kit = {
      id: "variant_kit",
      manage_inventory: true,
      inventory_items: [
        { inventory_item_id: "iitem_print", required_quantity: 2 },
        { inventory_item_id: "iitem_frame", required_quantity: 1 },
      ],
    }
    expect(unitsNeeded(kit, 3)).toEqual([
      { inventory_item_id: "iitem_print", quantity: 6 },
      { inventory_item_id: "iitem_frame", quantity: 3 },
    ])
    expect(unitsNeeded({ ...kit, manage_inventory: false }, 3)).toEqual([])
    expect(unitsNeeded({ ...kit, allow_backorder: true }, 3)).toEqual([])
  })
})

describe("how long a hold lasts", () => {
  const holdUntil = (now: string, minutes?: number | null, since?: string) =>
    TicketingModuleService.prototype.holdUntil.call({ options: { holdMinutes: 15, maxHoldMinutes: 60 } }, now, minutes, since)

  it("holds for the store's time or the default, never past the maximum from when it was taken", () => {
    expect(holdUntil("2026-11-01T12:00:00Z").toISOString()).toBe("2026-11-01T12:15:00.000Z")
    expect(holdUntil("2026-11-01T12:00:00Z", 5).toISOString()).toBe("2026-11-01T12:05:00.000Z")
    expect(holdUntil("2026-11-01T12:50:00Z", null, "2026-11-01T12:00:00Z").toISOString()).toBe("2026-11-01T13:00:00.000Z")
  })
})
