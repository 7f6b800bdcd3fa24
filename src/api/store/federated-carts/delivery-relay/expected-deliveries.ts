import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DELIVERY_RELAY_MODULE } from "../../../../modules/delivery-relay"
import { DeliveryStatus, lineStatus, orderStatus } from "../../../../modules/delivery-relay/progress"
import type DeliveryRelayModuleService from "../../../../modules/delivery-relay/service"

const GROUP_FIELDS = [
  "id",
  "currency_code",
  "total",
  "created_at",
  "orders.id",
  "orders.display_id",
  "orders.created_at",
  "orders.federated_store.id",
  "orders.federated_store.name",
  "orders.federated_store.handle",
  "orders.items.id",
  "orders.items.title",
  "orders.items.product_title",
  "orders.items.variant_title",
  "orders.items.thumbnail",
  "orders.items.quantity",
  "orders.items.detail.quantity",
  "orders.items.detail.fulfilled_quantity",
  "orders.items.detail.shipped_quantity",
  "orders.items.detail.delivered_quantity",
]

// An order group as GROUP_FIELDS reads it. Typed here: Medusa's query types exist only once a
// server has generated .medusa/types (with them, `group` below is checked against this).
type GroupRow = {
  id: string
  currency_code: string
  total: unknown
  created_at: Date | string
  orders: (GroupOrderRow | null)[] | null
}
type GroupOrderRow = {
  id: string
  // A number (the column is an autoincrement), which Medusa's query schema types as a String.
  display_id: number | string | null
  federated_store: { id: string; name: string; handle: string } | null
  items: (GroupItemRow | null)[] | null
}
type GroupItemRow = {
  id: string
  title: string
  product_title: string | null
  variant_title: string | null
  thumbnail: string | null
  quantity: unknown
  detail: { quantity: unknown; fulfilled_quantity: unknown; shipped_quantity: unknown; delivered_quantity: unknown } | null
}

export type ExpectedLine = {
  id: string
  title: string
  product_title: string | null
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  fulfilled_quantity: number
  shipped_quantity: number
  delivered_quantity: number
  status: DeliveryStatus
}

export type ExpectedStoreDelivery = {
  order_id: string
  display_id: number | null
  federated_store: { id: string; name: string; handle: string } | null
  status: DeliveryStatus
  items: ExpectedLine[]
}

/**
 * What the shopper bought at checkout, per store order, and how far each line has come
 * (Medusa's own fulfilled / shipped / delivered counters), with the latest update's
 * cursor: a page that shows this and then follows the stream after that cursor misses
 * nothing. The cursor is read first, so an update racing this read is streamed again
 * rather than lost. Before checkout there is no group and nothing is expected.
 */
export async function loadExpectedDeliveries(scope: MedusaContainer, cartId: string) {
  const relay: DeliveryRelayModuleService = scope.resolve(DELIVERY_RELAY_MODULE)
  const [latest] = await relay.listDeliveryUpdates(
    { cart_id: cartId },
    { select: ["cursor"], order: { cursor: "DESC" }, take: 1 }
  )
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: groups } = await query.graph({ entity: "order_group", fields: GROUP_FIELDS, filters: { cart_id: cartId } })
  const group: GroupRow | undefined = groups[0]
  const stores: ExpectedStoreDelivery[] = (group?.orders ?? []).flatMap((order) => {
    if (!order) {
      return []
    }
    const items = (order.items ?? []).flatMap((item): ExpectedLine[] => {
      if (!item) {
        return []
      }
      const quantities = {
        // The order module keeps a line's quantity on its detail; the line's own field may be empty.
        quantity: Number(item.detail?.quantity ?? item.quantity),
        fulfilled_quantity: Number(item.detail?.fulfilled_quantity ?? 0),
        shipped_quantity: Number(item.detail?.shipped_quantity ?? 0),
        delivered_quantity: Number(item.detail?.delivered_quantity ?? 0),
      }
      return [
        {
          id: item.id,
          title: item.title,
          product_title: item.product_title ?? null,
          variant_title: item.variant_title ?? null,
          thumbnail: item.thumbnail ?? null,
          ...quantities,
          status: lineStatus(quantities),
        },
      ]
    })
    const store = order.federated_store
    return [
      {
        order_id: order.id,
        display_id: order.display_id == null ? null : Number(order.display_id),
        federated_store: store ? { id: store.id, name: store.name, handle: store.handle } : null,
        status: orderStatus(items.map((item) => item.status)),
        items,
      },
    ]
  })
  return {
    order_group: group
      ? { id: group.id, currency_code: group.currency_code, total: Number(group.total), placed_at: group.created_at }
      : null,
    // Store by store, in a stable order a page can render without jumping around.
    stores: stores.sort((a, b) => (a.federated_store?.name ?? "").localeCompare(b.federated_store?.name ?? "")),
    cursor: latest ? Number(latest.cursor) : 0,
  }
}
