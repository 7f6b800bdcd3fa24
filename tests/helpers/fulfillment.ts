import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Api, Headers } from "./http"

/** A store order as the admin sees it: its lines, and the location to ship from (else the shipping option's). */
type StoreOrder = { order_id: string; items: { id: string; quantity: number }[]; location_id?: string }

/** What a store's admin does with an order in Medusa's dashboard: fulfil, ship, mark delivered. */
export function storeAdmin(api: Api, admin: Headers, container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  return {
    /** Fulfils every line of the order; resolves to the fulfillment id. */
    async fulfil(order: StoreOrder): Promise<string> {
      await api.post(
        `/admin/orders/${order.order_id}/fulfillments`,
        { items: order.items, location_id: order.location_id },
        admin
      )
      const { data } = await query.graph({
        entity: "order",
        fields: ["fulfillments.id", "fulfillments.created_at"],
        filters: { id: order.order_id },
      })
      const fulfillments = (data[0].fulfillments ?? []).flatMap((f) => (f ? [f] : []))
      return fulfillments.sort((a, b) => +new Date(b.created_at) - +new Date(a.created_at))[0].id
    },
    async ship(order: StoreOrder, fulfillmentId: string) {
      await api.post(`/admin/orders/${order.order_id}/fulfillments/${fulfillmentId}/shipments`, { items: order.items }, admin)
    },
    async deliver(order: StoreOrder, fulfillmentId: string) {
      await api.post(`/admin/orders/${order.order_id}/fulfillments/${fulfillmentId}/mark-as-delivered`, {}, admin)
    },
  }
}

/**
 * Polls until `read` returns something `done` accepts; the relay runs after the event bus
 * hands it the event. The wait is long because it costs nothing when things are quick and a
 * busy machine may take tens of seconds.
 */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const giveUpAt = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > giveUpAt) {
      return value
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
