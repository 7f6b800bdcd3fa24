import { MedusaError } from "@medusajs/framework/utils"
import { assertCreditsCovered, cartMoney, CREDIT_REFERENCE, isCharge } from "../../src/workflows/utils/store-totals"

const storeOfProduct = new Map([
  ["prod_print", "fst_tide"],
  ["prod_cap", "fst_harbor"],
])
const print = { id: "li_print", variant_id: "var_print", product_id: "prod_print", unit_price: 20, quantity: 2 }
const cap = { id: "li_cap", variant_id: "var_cap", product_id: "prod_cap", unit_price: 10, quantity: 1 }
const handling = {
  id: "li_fee",
  variant_id: null,
  unit_price: 3,
  quantity: 1,
  metadata: { line_kind: "charge", federated_store_id: "fst_harbor" },
}
const creditOf = (storeId: string, amount: number) => ({
  id: `cl_${storeId}`,
  amount,
  reference: CREDIT_REFERENCE,
  reference_id: storeId,
})
const names = (id: string) => ({ fst_tide: "Tidewater", fst_harbor: "Harbor Thread" })[id] ?? id

describe("store charges and credits", () => {
  it("count a charge under its store and a product under the store that sells it", () => {
    const money = cartMoney([print, cap, handling], [creditOf("fst_harbor", 5)], storeOfProduct)
    expect(money.stores.get("fst_tide")).toEqual({ lines: 40, credits: 0 })
    expect(money.stores.get("fst_harbor")).toEqual({ lines: 13, credits: 5 })
    expect(money.cart).toEqual({ lines: 53, credits: 5 })
    expect(isCharge(handling)).toBe(true)
    // A product line cannot pass itself off as a charge.
    expect(isCharge({ ...print, metadata: { line_kind: "charge" } })).toBe(false)
  })

  it("refuse a credit beyond its store's lines, even when the cart as a whole could carry it", () => {
    const refused = (() => {
      try {
        assertCreditsCovered(cartMoney([print, cap], [creditOf("fst_harbor", 10.01)], storeOfProduct), names)
      } catch (error) {
        return error as MedusaError
      }
    })()
    expect(refused?.type).toBe(MedusaError.Types.CONFLICT)
    expect(refused?.message).toMatch(/^Harbor Thread's credits \(10.01\) would exceed its total \(10\)/)
    expect(() => assertCreditsCovered(cartMoney([print, cap], [creditOf("fst_harbor", 10)], storeOfProduct), names)).not.toThrow()
  })

  it("refuse credits beyond the cart's lines, even when they name no store", () => {
    const loose = { id: "cl_loose", amount: 60, reference: null, reference_id: null }
    expect(() => assertCreditsCovered(cartMoney([print, cap], [loose], storeOfProduct), names)).toThrow(/cart's total below zero/)
  })

  it("count a store's lines after their discounts, keeping the discount per unit when a quantity changes", () => {
    const discounted = { ...print, adjustments: [{ amount: 8 }], priced_quantity: 2 }
    expect(cartMoney([discounted], [], storeOfProduct).stores.get("fst_tide")).toEqual({ lines: 32, credits: 0 })
    // Down to one print: half the discount goes with the removed unit.
    expect(cartMoney([{ ...discounted, quantity: 1 }], [], storeOfProduct).cart.lines).toBe(16)
    expect(() => assertCreditsCovered(cartMoney([discounted], [creditOf("fst_tide", 33)], storeOfProduct), names)).toThrow(
      /Tidewater's credits \(33\) would exceed its total \(32\)/
    )
  })
})
