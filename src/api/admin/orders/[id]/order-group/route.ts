import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listHandOffRows } from "../../../hand-offs/hand-off-rows"

/**
 * The order group an order belongs to, with every store order of it and their hand-offs:
 * what the order page's widget shows. `order_group: null` for an order from a plain checkout.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "order_group.id"],
    filters: { id: req.params.id },
  })
  // Typed here: the plugin's links are in Medusa's generated query types only once regenerated.
  const groupId = (orders[0] as { order_group?: { id: string } | null } | undefined)?.order_group?.id
  if (!groupId) {
    return res.json({ order_group: null, hand_offs: [] })
  }
  const { data: groups } = await query.graph({
    entity: "order_group",
    fields: ["id", "email", "currency_code", "total", "store_count", "created_at", "orders.id"],
    filters: { id: groupId },
  })
  const orderIds = (groups[0]?.orders ?? []).flatMap((order: { id: string } | null) => (order ? [order.id] : []))
  const { data: storeOrders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "total",
      "currency_code",
      "status",
      "federated_store.id",
      "federated_store.name",
      "federated_store.handle",
    ],
    filters: { id: orderIds },
  })
  // The stores' distributor hand-offs; partner deliveries have their own page.
  const { hand_offs } = await listHandOffRows(
    req.scope,
    { order_group_id: groupId, recipient_kind: "distributor" },
    { limit: 200 }
  )
  const { orders: _ids, ...group } = groups[0]
  res.json({ order_group: { ...group, orders: storeOrders }, hand_offs })
}
