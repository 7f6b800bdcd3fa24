import { MedusaError } from "@medusajs/framework/utils"

/**
 * Why a line quantity cannot be had, or null. Medusa's own routes accept 1.5 and round the
 * line up (charged and held as 2); a cart line is a count of units, so every path refuses
 * a fraction. `allowZero`: a quantity change to 0 removes the line.
 */
export function quantityProblem(quantity: unknown, { allowZero = false } = {}): string | null {
  const value = typeof quantity === "string" && quantity.trim() !== "" ? Number(quantity) : quantity
  if (typeof value !== "number" || !Number.isInteger(value)) {
    return "quantity must be a whole number"
  }
  if (value < (allowZero ? 0 : 1)) {
    return allowZero ? "quantity must be 0 or more" : "quantity must be at least 1"
  }
  return null
}

/** A 400 for a quantity that cannot be had (see `quantityProblem`). */
export function assertQuantity(quantity: unknown, options?: { allowZero?: boolean }) {
  const problem = quantityProblem(quantity, options)
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  }
}

/** The message for a variant whose product no store of the federation sells. */
export const notSoldMessage = (variantId: string) => `Variant ${variantId} is not sold by any store of the federation.`
