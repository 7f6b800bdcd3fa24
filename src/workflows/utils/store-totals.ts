import { MedusaError } from "@medusajs/framework/utils"

/**
 * Charges and credits: lines that are not products and belong to a store. A charge (a
 * handling fee) is a custom-priced Medusa line item marked with its store; a credit (a
 * store credit) is a Medusa credit line referring to its store. Neither may take a
 * store's total, or the cart's, below zero: this file is where that is counted.
 */

export const CHARGE_KIND = "charge"
export const CREDIT_REFERENCE = "federated_store"

export type MoneyLine = {
  id: string
  title?: string | null
  variant_id?: string | null
  product_id?: string | null
  unit_price: unknown
  quantity: unknown
  metadata?: Record<string, unknown> | null
  /** The line's discounts, as promotions gave them for `priced_quantity` units. */
  adjustments?: ({ amount: unknown } | null)[] | null
  priced_quantity?: unknown
}

/**
 * What a line adds to its store's total: its price less its discounts. A line whose
 * quantity is about to change keeps its discount per unit.
 */
export function lineAmount(line: MoneyLine) {
  const quantity = Number(line.quantity)
  const discount = (line.adjustments ?? []).reduce((sum, a) => sum + Number(a?.amount ?? 0), 0)
  const pricedFor = Number(line.priced_quantity ?? quantity)
  return Number(line.unit_price) * quantity - (pricedFor > 0 ? (discount * quantity) / pricedFor : 0)
}

export type MoneyCredit = {
  id: string
  amount: unknown
  reference?: string | null
  reference_id?: string | null
  metadata?: Record<string, unknown> | null
}

export const isCharge = (line: MoneyLine) => !line.variant_id && line.metadata?.line_kind === CHARGE_KIND

export function storeOfLine(line: MoneyLine, storeOfProduct: Map<string, string>): string | null {
  if (isCharge(line)) {
    return typeof line.metadata?.federated_store_id === "string" ? line.metadata.federated_store_id : null
  }
  return (line.product_id && storeOfProduct.get(line.product_id)) || null
}

export type StoreMoney = { lines: number; credits: number }

/** Each store's lines (products and charges) and credits, and the cart's, as the cart stands. */
export function cartMoney(lines: MoneyLine[], credits: MoneyCredit[], storeOfProduct: Map<string, string>) {
  const stores = new Map<string, StoreMoney>()
  const of = (storeId: string) => stores.get(storeId) ?? stores.set(storeId, { lines: 0, credits: 0 }).get(storeId)!
  const cart: StoreMoney = { lines: 0, credits: 0 }
  for (const line of lines) {
    const amount = lineAmount(line)
    cart.lines += amount
    const storeId = storeOfLine(line, storeOfProduct)
    if (storeId) of(storeId).lines += amount
  }
  for (const credit of credits) {
    cart.credits += Number(credit.amount)
    if (credit.reference === CREDIT_REFERENCE && credit.reference_id) of(credit.reference_id).credits += Number(credit.amount)
  }
  return { stores, cart }
}

const below = ({ lines, credits }: StoreMoney) => credits > lines + 1e-9

/** Refuses a cart whose credits exceed a store's lines or the cart's lines. */
export function assertCreditsCovered(money: ReturnType<typeof cartMoney>, storeName: (id: string) => string) {
  for (const [storeId, store] of money.stores) {
    if (below(store)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `${storeName(storeId)}'s credits (${store.credits}) would exceed its total (${store.lines}): a credit never takes a store's total below zero.`
      )
    }
  }
  if (below(money.cart)) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `The cart's credits (${money.cart.credits}) would exceed its total (${money.cart.lines}): a credit never takes the cart's total below zero.`
    )
  }
}
