import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { FEDERATED_CART_MODULE } from "../../../modules/federated-cart"
import type FederatedCartModuleService from "../../../modules/federated-cart/service"
import { TICKETING_MODULE } from "../../../modules/ticketing"
import type TicketingModuleService from "../../../modules/ticketing/service"
import { CartLine, groupLinesByStore, StoreSummary } from "./group-by-store"
import { ticketStates } from "./ticket-state"
import { requestableMoves } from "../../../modules/cart-state/rules"
import { cartStateOf } from "../../../workflows/utils/cart-state"
import { CREDIT_REFERENCE, isCharge, MoneyLine } from "../../../workflows/utils/store-totals"
import { lineDeliveries } from "./line-delivery/line-delivery"
import { BONUS_NOTICES_KEY, bonusRuleOf, BonusNotice } from "../../../workflows/utils/bonus-lines"
import { prepaidLineOf } from "../../../modules/prepaid-code/line"

const cartFields = [
  "id",
  "region_id",
  "currency_code",
  "email",
  "metadata",
  "item_total",
  "subtotal",
  "total",
  "items.id",
  "items.variant_id",
  "items.product_id",
  "items.product_handle",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.metadata",
  "credit_lines.id",
  "credit_lines.amount",
  "credit_lines.reference",
  "credit_lines.reference_id",
  "credit_lines.metadata",
]

// A cart as cartFields reads it. Typed here because Medusa's query types exist only once a
// server has generated .medusa/types; with them, `cart` below is checked against this shape.
type CartItemRow = Pick<
  CartLine,
  "id" | "variant_id" | "product_id" | "product_handle" | "title" | "product_title" | "variant_title" | "thumbnail"
> & {
  // Big numbers as Medusa reads them; the line turns them into numbers.
  quantity: unknown
  unit_price: unknown
  metadata: Record<string, unknown> | null
}
type CartCreditRow = {
  id: string
  amount: unknown
  reference: string | null
  reference_id: string | null
  metadata: Record<string, unknown> | null
}
type CartRow = {
  id: string
  region_id: string | null
  currency_code: string
  email: string | null
  metadata: Record<string, unknown> | null
  item_total: unknown
  subtotal: unknown
  total: unknown
  items: (CartItemRow | null)[] | null
  credit_lines: (CartCreditRow | null)[] | null
}

/** The shopper's one cart, grouped by the stores whose products it holds. */
export async function loadFederatedCart(scope: MedusaContainer, cartId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "cart", fields: cartFields, filters: { id: cartId } })
  const cart: CartRow | undefined = carts[0]
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No cart with id ${cartId}.`)
  }
  const ticketing: TicketingModuleService = scope.resolve(TICKETING_MODULE)
  const tickets = await ticketing.listTickets({ cart_id: cartId })
  const { lineTicket, holds } = ticketStates(tickets, new Date(), ticketing.options.maxHoldMinutes)

  const items = (cart.items ?? []).flatMap((item) => (item ? [item] : []))
  // Charges and credits are the stores' own lines, shown apart from the products.
  const charges = items.filter((item) => isCharge(item as MoneyLine))
  const delivery = await lineDeliveries(scope, items)
  const lines: CartLine[] = items
    .filter((item) => !charges.includes(item))
    .flatMap((item) =>
      item
        ? [
            {
              id: item.id,
              variant_id: item.variant_id ?? null,
              product_id: item.product_id ?? null,
              product_handle: item.product_handle ?? null,
              title: item.title,
              product_title: item.product_title ?? null,
              variant_title: item.variant_title ?? null,
              thumbnail: item.thumbnail ?? null,
              quantity: Number(item.quantity),
              unit_price: Number(item.unit_price),
              ticket: lineTicket(item.id),
              delivery: delivery(item),
              bonus_rule_id: bonusRuleOf(item),
              prepaid: prepaidLineOf(item),
            },
          ]
        : []
    )

  const federatedCart: FederatedCartModuleService = scope.resolve(FEDERATED_CART_MODULE)
  const bookmarks = await federatedCart.listCartBookmarks({ cart_id: cartId })

  const productIds = [...new Set(lines.flatMap((line) => (line.product_id ? [line.product_id] : [])))]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "federated_store.id"], filters: { id: productIds } })
    : { data: [] }
  const storeOfProduct = new Map(
    products.flatMap((product) => (product.federated_store ? [[product.id, product.federated_store.id]] : []))
  ) as Map<string, string>

  const storeIds = [...new Set([...storeOfProduct.values(), ...bookmarks.map((b) => b.federated_store_id)])]
  const { data: storeRows } = storeIds.length
    ? await query.graph({
        entity: "federated_store",
        fields: ["id", "name", "handle", "accent_color"],
        filters: { id: storeIds },
      })
    : { data: [] }
  const stores = new Map<string, StoreSummary>(storeRows.map((store) => [store.id, store]))

  const grouped = groupLinesByStore(lines, bookmarks, stores, storeOfProduct)
  const { state, number, opened_at } = await cartStateOf(scope, cartId)
  return {
    id: cart.id,
    number,
    state,
    allowed_moves: requestableMoves(state),
    opened_at,
    region_id: cart.region_id,
    currency_code: cart.currency_code,
    email: cart.email,
    item_total: Number(cart.item_total ?? 0),
    subtotal: Number(cart.subtotal ?? 0),
    total: Number(cart.total ?? 0),
    holds,
    // "Your free X is out of stock": bonuses the cart earned but could not get.
    bonus_notices: (cart.metadata?.[BONUS_NOTICES_KEY] as BonusNotice[] | null | undefined) ?? [],
    ...grouped,
    charges: charges.map((line) => ({
      id: line.id,
      title: line.title,
      amount: Number(line.unit_price) * Number(line.quantity),
      federated_store_id: line.metadata?.federated_store_id ?? null,
    })),
    credits: (cart.credit_lines ?? []).flatMap((credit) =>
      credit?.reference === CREDIT_REFERENCE
        ? [
            {
              id: credit.id,
              title: credit.metadata?.title ?? null,
              amount: Number(credit.amount),
              federated_store_id: credit.reference_id,
            },
          ]
        : []
    ),
  }
}
