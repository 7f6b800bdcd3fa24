/**
 * How a redeemed prepaid code sits in a cart (and then an order): one unit at $0, its
 * line's metadata naming the code and the price it was bought at.
 */
export const PREPAID_CODE_KEY = "prepaid_code_id"
export const LIST_PRICE_KEY = "list_price"

type LineMetadata = Record<string, unknown> | null | undefined

/** The prepaid code a line was redeemed with, if any. */
export const prepaidCodeOf = (metadata: LineMetadata): string | null =>
  typeof metadata?.[PREPAID_CODE_KEY] === "string" ? (metadata[PREPAID_CODE_KEY] as string) : null

/**
 * What one unit of a line is worth to a purchase limit: its price, or for a redeemed
 * line the list price it was bought at (it was paid for, just not in this cart).
 */
export function countedUnitPrice(line: { unit_price: unknown; metadata?: LineMetadata }): number {
  const listPrice = prepaidCodeOf(line.metadata) ? Number(line.metadata?.[LIST_PRICE_KEY]) : NaN
  return Number.isFinite(listPrice) ? listPrice : Number(line.unit_price)
}

/** What a shopper sees of a redeemed line: the code paid for it, and the price crossed out. */
export type PrepaidLine = { code_id: string; list_price: number }

export function prepaidLineOf(line: { metadata?: LineMetadata }): PrepaidLine | null {
  const codeId = prepaidCodeOf(line.metadata)
  return codeId ? { code_id: codeId, list_price: Number(line.metadata?.[LIST_PRICE_KEY] ?? 0) } : null
}
