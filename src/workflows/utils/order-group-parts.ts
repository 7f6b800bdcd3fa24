import { Modules } from "@medusajs/framework/utils"
import type { LinkDefinition } from "@medusajs/framework/types"
import { FEDERATION_MODULE } from "../../modules/federation"
import { ORDER_GROUP_MODULE } from "../../modules/order-group"
import type { Checkout } from "../steps/read-checkout"

type CreatedOrder = {
  id: string
  items?:
    { id: string; metadata?: Record<string, unknown> | null; adjustments?: { promotion_id?: string | null }[] | null }[] | null
  shipping_methods?: { adjustments?: { promotion_id?: string | null }[] | null }[] | null
}

/**
 * What ties a checkout together: the group to its orders and its payment, each order to
 * its store and to the cart, and each order to the promotions its lines used.
 */
export function orderGroupLinks({
  checkout,
  orders,
  group,
}: {
  checkout: Checkout
  orders: CreatedOrder[]
  group: { id: string }
}): LinkDefinition[] {
  const links: LinkDefinition[] = []
  checkout.shares.forEach((share, index) => {
    const order = orders[index]
    links.push(
      { [ORDER_GROUP_MODULE]: { order_group_id: group.id }, [Modules.ORDER]: { order_id: order.id } },
      { [FEDERATION_MODULE]: { federated_store_id: share.store.id }, [Modules.ORDER]: { order_id: order.id } },
      { [Modules.ORDER]: { order_id: order.id }, [Modules.CART]: { cart_id: checkout.cart.id } }
    )
    const used = new Set(
      [...(order.items ?? []), ...(order.shipping_methods ?? [])].flatMap((line) =>
        (line.adjustments ?? []).flatMap((a) => (a.promotion_id ? [a.promotion_id] : []))
      )
    )
    for (const promotionId of checkout.promotion_ids.filter((id) => used.has(id))) {
      links.push({ [Modules.ORDER]: { order_id: order.id }, [Modules.PROMOTION]: { promotion_id: promotionId } })
    }
  })
  if (checkout.payment_collection_id) {
    links.push({
      [ORDER_GROUP_MODULE]: { order_group_id: group.id },
      [Modules.PAYMENT]: { payment_collection_id: checkout.payment_collection_id },
    })
  }
  return links
}

/** Promotion usage, as Medusa's completion registers it: once per checkout. */
export function promotionUsage({ checkout }: { checkout: Checkout }) {
  const adjustments = [...checkout.cart.items, ...checkout.cart.shipping_methods].flatMap((line) =>
    (line.adjustments ?? []).flatMap((a) => (a ? [a] : []))
  )
  return {
    computedActions: adjustments.map((a) => ({ amount: a.amount as number, code: a.code as string })),
    registrationContext: { customer_id: checkout.cart.customer_id ?? null, customer_email: checkout.cart.email ?? null },
  }
}
