import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CART_STATE_MODULE } from "../../../modules/cart-state"
import type CartStateModuleService from "../../../modules/cart-state/service"
import { VISIBILITY_MODULE } from "../../../modules/visibility"
import type VisibilityModuleService from "../../../modules/visibility/service"
import { Spend, sumSpend } from "../../../modules/purchase-rules/rules"
import { countedUnitPrice } from "../../../modules/prepaid-code/line"

type OrderLine = { product_id: string; quantity: number; amount: number; at: Date }

// Carts' lines as the queries below read them. Typed here: Medusa's query types exist only
// once a server has generated .medusa/types (with them, the assignments below are checked).
type PricedLine = { product_id: string | null; unit_price: unknown; metadata: Record<string, unknown> | null }
type OrderedCart = {
  order: {
    status: string
    created_at: Date | string
    items: ((PricedLine & { detail: { quantity: unknown } | null }) | null)[] | null
  } | null
}
type OpenCart = { id: string; completed_at: Date | string | null; items: ((PricedLine & { quantity: unknown }) | null)[] | null }

/**
 * What a partner account has bought: the lines of the (not canceled) orders of every cart
 * the account was bound to. Read from Medusa's orders themselves, so an order counts
 * from the instant its checkout created it.
 */
export async function accountOrderLines(scope: MedusaContainer, partnerAccountId: string): Promise<OrderLine[]> {
  const visibility: VisibilityModuleService = scope.resolve(VISIBILITY_MODULE)
  const cartIds = await visibility.cartsOfAccount(partnerAccountId)
  if (!cartIds.length) {
    return []
  }
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: [
      "id",
      "order.id",
      "order.status",
      "order.created_at",
      "order.items.product_id",
      "order.items.unit_price",
      "order.items.metadata",
      "order.items.detail.quantity",
    ],
    filters: { id: cartIds },
  })
  const carts: OrderedCart[] = data
  return carts.flatMap((cart) => {
    const order = cart.order
    if (!order || order.status === "canceled") {
      return []
    }
    // An order line's quantity lives in its detail (the order module versions it).
    return (order.items ?? []).flatMap((item) => {
      const quantity = Number(item?.detail?.quantity ?? 0)
      return item?.product_id
        ? [{ product_id: item.product_id, quantity, amount: quantity * countedUnitPrice(item), at: new Date(order.created_at) }]
        : []
    })
  })
}

/** Units and money of a product an account bought since a date (or ever). */
export async function boughtByAccount(
  scope: MedusaContainer,
  partnerAccountId: string,
  productId: string,
  since: Date | null
): Promise<Spend> {
  const lines = await accountOrderLines(scope, partnerAccountId)
  return sumSpend(lines.filter((line) => line.product_id === productId && (!since || line.at >= since)))
}

type HeldLine = { cart_id: string; product_id: string; quantity: number; amount: number }

/**
 * What a partner account holds in its open carts: the lines of every cart it is bound to
 * now that is neither checked out nor cancelled (`void`). These count against its limits
 * when a line is added, so several carts of one account cannot together pass a limit
 * that each alone stays under.
 */
export async function accountCartLines(scope: MedusaContainer, partnerAccountId: string): Promise<HeldLine[]> {
  const visibility: VisibilityModuleService = scope.resolve(VISIBILITY_MODULE)
  const cartIds = await visibility.liveCartsOfAccount(partnerAccountId)
  if (!cartIds.length) {
    return []
  }
  const cartStates: CartStateModuleService = scope.resolve(CART_STATE_MODULE)
  const [{ data }, cancelled] = await Promise.all([
    scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["id", "completed_at", "items.product_id", "items.quantity", "items.unit_price", "items.metadata"],
      filters: { id: cartIds },
    }),
    cartStates.listCartStates({ cart_id: cartIds, state: "void" }, { select: ["cart_id"] }),
  ])
  const isVoid = new Set(cancelled.map((state) => state.cart_id))
  const carts: OpenCart[] = data
  return carts
    .filter((cart) => !cart.completed_at && !isVoid.has(cart.id))
    .flatMap((cart) =>
      (cart.items ?? []).flatMap((item) => {
        const quantity = Number(item?.quantity ?? 0)
        return item?.product_id
          ? [{ cart_id: cart.id, product_id: item.product_id, quantity, amount: quantity * countedUnitPrice(item) }]
          : []
      })
    )
}

/** Units and money of a product an account holds in its open carts other than `exceptCartId`. */
export async function heldByAccountElsewhere(
  scope: MedusaContainer,
  partnerAccountId: string,
  productId: string,
  exceptCartId: string
): Promise<Spend> {
  const lines = await accountCartLines(scope, partnerAccountId)
  return sumSpend(lines.filter((line) => line.product_id === productId && line.cart_id !== exceptCartId))
}
