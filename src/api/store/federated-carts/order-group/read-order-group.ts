import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

const GROUP_FIELDS = ["id", "cart_id", "email", "currency_code", "total", "store_count", "created_at"]
const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "email",
  "currency_code",
  "sales_channel_id",
  "total",
  "subtotal",
  "tax_total",
  "shipping_total",
  "discount_total",
  "items.*",
  "shipping_methods.*",
  "shipping_address.*",
  "federated_store.id",
  "federated_store.name",
  "federated_store.handle",
]

export type OrderGroupView = Awaited<ReturnType<typeof readOrderGroup>>

// An order with the fields read: ORDER_FIELDS and whatever the caller adds, so no fixed
// type (not Medusa's generated Order, which has every field) describes it.
type GroupOrder = Record<string, unknown> & { id: string; federated_store?: { name?: string } | null }

/**
 * An order group as the shopper sees it: what was paid, and each store's order with its
 * store, in the order the stores were named. `orderFields` widens what is read of each
 * order (a client asking core's completion route for more fields gets them).
 */
export async function readOrderGroup(
  scope: MedusaContainer,
  filter: { id: string } | { cart_id: string },
  orderFields: string[] = []
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: groups } = await query.graph({ entity: "order_group", fields: [...GROUP_FIELDS, "orders.id"], filters: filter })
  const group = groups[0]
  if (!group) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This cart has not been checked out.")
  }
  const orderIds = (group.orders ?? []).flatMap((order: { id: string } | null) => (order ? [order.id] : []))
  const { data } = await query.graph({
    entity: "order",
    fields: [...new Set([...ORDER_FIELDS, ...orderFields])],
    filters: { id: orderIds },
  })
  const orders: GroupOrder[] = data
  const storeName = (order: GroupOrder) => order.federated_store?.name ?? ""
  return { ...group, orders: [...orders].sort((a, b) => storeName(a).localeCompare(storeName(b))) }
}
