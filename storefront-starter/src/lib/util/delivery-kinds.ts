import type { DeliveryKind } from "types/federated"

/** What the shopper reads for each delivery kind, when choosing and on the confirmation. */
export const DELIVERY_LABELS: Record<DeliveryKind, { choice: string; promise: string }> = {
  immediate: { choice: "To my game account now", promise: "Delivered to your partner account right after payment" },
  prepaid_code: { choice: "As prepaid codes", promise: "Prepaid codes by e-mail, one per unit, to use or give away" },
  mail: { choice: "By mail", promise: "Mailed by the store to your billing address" },
}
