import type { ProductKind } from "./models/product-visibility"
import type { UnlockReason } from "./models/unlock"

export type Restriction = { product_id: string; kind: ProductKind; partner_id: string | null }
export type LiveUnlock = {
  reason: UnlockReason
  partner_id: string | null
  product_id: string | null
  expires_at: Date | string | null
}

/** Whether an unlock still counts at `now`: time alone ends it, no sweep needed. */
export const isLive = (unlock: Pick<LiveUnlock, "expires_at">, now: Date) =>
  unlock.expires_at === null || new Date(unlock.expires_at).getTime() > now.getTime()

/** Whether one of a cart's live unlocks opens a restricted product. */
export function opens(unlock: LiveUnlock, restriction: Restriction): boolean {
  switch (restriction.kind) {
    case "public":
      return true
    case "protected":
      return unlock.reason === "partner" && (restriction.partner_id === null || unlock.partner_id === restriction.partner_id)
    case "private":
    case "prepaid":
      // A prepaid code opens its product the way an access code does.
      return unlock.reason !== "partner" && unlock.product_id === restriction.product_id
  }
}

/** The restricted products none of the cart's live unlocks open. */
export function hiddenProducts(restrictions: Restriction[], unlocks: LiveUnlock[], now: Date): string[] {
  const live = unlocks.filter((unlock) => isLive(unlock, now))
  return restrictions
    .filter((restriction) => !live.some((unlock) => opens(unlock, restriction)))
    .map((restriction) => restriction.product_id)
}
