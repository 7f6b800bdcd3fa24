import { ticketStates } from "../../src/api/store/federated-carts/ticket-state"
import { lineHolds, sumNeeds } from "../../src/workflows/utils/cart-lines"

const T0 = new Date("2026-11-01T12:00:00Z")
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000)

describe("what a shopper sees of their holds", () => {
  const ticket = (line: string, status: string, expiresAt: Date, quantity = 1) => ({
    line_item_id: line,
    status,
    quantity,
    expires_at: expiresAt,
    created_at: T0,
  })

  it("shows a held line's end, an expired or released line as holdable again, an untouched line as nothing", () => {
    const { lineTicket, holds } = ticketStates(
      [
        ticket("line_held", "held", at(15), 2),
        ticket("line_run_out", "held", at(5)),
        ticket("line_released", "released", at(15)),
        ticket("line_bought", "purchased", at(15)),
      ],
      at(10),
      60
    )
    expect(lineTicket("line_held")).toEqual({ status: "held", expires_at: at(15).toISOString(), quantity: 2 })
    expect(lineTicket("line_run_out").status).toBe("expired")
    expect(lineTicket("line_released").status).toBe("expired")
    expect(lineTicket("line_bought").status).toBe("none")
    expect(lineTicket("line_untracked").status).toBe("none")
    expect(holds).toEqual({ expires_at: at(15).toISOString(), extendable_until: at(60).toISOString() })
  })
})

describe("what a cart's lines need", () => {
  it("adds up each inventory item over lines, and leaves untracked lines out", () => {
    const variant = (id: string, item: string) => ({
      id,
      manage_inventory: true,
      allow_backorder: false,
      inventory_items: [{ inventory_item_id: item, required_quantity: 1 }],
      product: { federated_store: { hold_minutes: id === "v_a" ? 5 : null } },
    })
    const lines = lineHolds({
      id: "cart",
      items: [
        { id: "l1", variant_id: "v_a", quantity: 2, variant: variant("v_a", "item_print") },
        { id: "l2", variant_id: "v_b", quantity: 3, variant: variant("v_b", "item_print") },
        { id: "l3", variant_id: "v_c", quantity: 1, variant: { ...variant("v_c", "item_x"), manage_inventory: false } },
      ],
    })
    expect(lines.map((line) => [line.line_item_id, line.hold_minutes])).toEqual([
      ["l1", 5],
      ["l2", null],
    ])
    expect(sumNeeds(lines.flatMap((line) => line.needs))).toEqual([{ inventory_item_id: "item_print", quantity: 5 }])
  })
})
