import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { FEDERATED_CART_MODULE } from "../../../modules/federated-cart"
import type FederatedCartModuleService from "../../../modules/federated-cart/service"
import { TICKETING_MODULE } from "../../../modules/ticketing"
import type TicketingModuleService from "../../../modules/ticketing/service"
import { CartLine, groupLinesByStore, StoreSummary } from "./group-by-store"
import { ticketStates } from "./ticket-state"

const cartFields = [
  "id",
  "region_id",
  "currency_code",
  "email",
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
]

/** The shopper's one cart, grouped by the stores whose products it holds. */
export async function loadFederatedCart(scope: MedusaContainer, cartId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "cart", fields: cartFields, filters: { id: cartId } })
  const cart = carts[0]
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No cart with id ${cartId}.`)
  }
  const ticketing: TicketingModuleService = scope.resolve(TICKETING_MODULE)
  const tickets = await ticketing.listTickets({ cart_id: cartId })
  const { lineTicket, holds } = ticketStates(tickets, new Date(), ticketing.options.maxHoldMinutes)

  const lines: CartLine[] = (cart.items ?? []).flatMap((item) =>
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
  return {
    id: cart.id,
    region_id: cart.region_id,
    currency_code: cart.currency_code,
    email: cart.email,
    item_total: Number(cart.item_total ?? 0),
    subtotal: Number(cart.subtotal ?? 0),
    total: Number(cart.total ?? 0),
    holds,
    ...grouped,
  }
}
