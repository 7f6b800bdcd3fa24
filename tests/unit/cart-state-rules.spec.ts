import { MedusaError } from "@medusajs/framework/utils"
import { CartAction, CartStateName, planAction, planMove, requestableMoves } from "../../src/modules/cart-state/rules"

const refusal = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return error as MedusaError
  }
  throw new Error("expected a refusal")
}

const withOptions = { region_id: "reg_1", currency_code: "usd" }

describe("cart states", () => {
  it("move only along new → shop → full → done, full → shop, and to void from any state but done", () => {
    expect(planMove("new", "shop")).toEqual(["shop"])
    expect(planMove("shop", "full")).toEqual(["full"])
    expect(planMove("full", "shop")).toEqual(["shop"])
    for (const from of ["new", "shop", "full"] as CartStateName[]) {
      expect(planMove(from, "void")).toEqual(["void"])
    }
    expect(refusal(() => planMove("new", "full")).type).toBe(MedusaError.Types.CONFLICT)
    expect(refusal(() => planMove("done", "void")).message).toBe(
      "This cart's state is done (checked out): it cannot move to void. No moves are allowed: it never changes again."
    )
    expect(refusal(() => planMove("void", "shop")).message).toMatch(/void \(cancelled\).*No moves are allowed/)
  })

  it("reach done only by checking out", () => {
    expect(refusal(() => planMove("full", "done")).message).toBe(
      "This cart's state is full (lines closed, awaiting payment): a cart is done only when its checkout completes. Allowed moves: shop, void."
    )
    expect(planAction("full", "complete")).toEqual(["done"])
    expect(planAction("shop", "complete")).toEqual(["full", "done"])
    expect(planAction("done", "complete")).toEqual([])
    expect(refusal(() => planAction("new", "complete")).message).toMatch(
      /new: it cannot be checked out. Allowed moves: shop, void/
    )
  })

  it("open a new cart for shopping on its first add once region and currency are set", () => {
    expect(planAction("new", "add_line", withOptions)).toEqual(["shop"])
    expect(refusal(() => planAction("new", "add_line", { region_id: "reg_1" })).message).toMatch(
      /set its region and currency before adding/
    )
  })

  it("close the lines of a full cart but keep its checkout details open", () => {
    const allowed = (state: CartStateName, action: CartAction) => {
      try {
        planAction(state, action, withOptions)
        return true
      } catch {
        return false
      }
    }
    expect(allowed("full", "set_checkout_details")).toBe(true)
    expect(allowed("full", "hold_lines")).toBe(true)
    for (const action of ["add_line", "change_line", "set_options"] as CartAction[]) {
      expect(allowed("full", action)).toBe(false)
      expect(allowed("shop", action)).toBe(true)
    }
    for (const action of ["add_line", "change_line", "set_options", "set_checkout_details", "hold_lines"] as CartAction[]) {
      expect(allowed("done", action)).toBe(false)
      expect(allowed("void", action)).toBe(false)
    }
  })

  it("offer the shopper only the moves they may ask for", () => {
    expect(requestableMoves("full")).toEqual(["shop", "void"])
    expect(requestableMoves("done")).toEqual([])
  })
})
