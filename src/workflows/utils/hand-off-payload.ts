/**
 * What a distributor receives for one store order: enough to pick, pack and ship it
 * without calling back. Money is in the currency's main unit, as in Medusa's API.
 */
type Money = number | string | { toJSON(): unknown } | null | undefined

export type HandOffOrder = {
  id: string
  display_id?: number | null
  email?: string | null
  currency_code: string
  created_at?: Date | string | null
  items?:
    | ({
        id: string
        title: string
        product_title?: string | null
        variant_title?: string | null
        variant_sku?: string | null
        quantity: Money
        unit_price: Money
        total?: Money
      } | null)[]
    | null
  shipping_address?: {
    first_name?: string | null
    last_name?: string | null
    company?: string | null
    address_1?: string | null
    address_2?: string | null
    city?: string | null
    province?: string | null
    postal_code?: string | null
    country_code?: string | null
    phone?: string | null
  } | null
  shipping_methods?: ({ name: string; amount: Money } | null)[] | null
  subtotal?: Money
  shipping_total?: Money
  tax_total?: Money
  discount_total?: Money
  total?: Money
  federated_store?: { id: string; handle: string; name: string } | null
}

// Medusa's BigNumber serialises to a plain number; do the same here so the body is plain JSON.
const amount = (value: Money) => (value == null ? null : Number(typeof value === "object" ? value.toJSON() : value))

export function handOffPayload(order: HandOffOrder, orderGroupId: string) {
  const address = order.shipping_address
  return {
    type: "federated_cart.store_order",
    order_group_id: orderGroupId,
    store: order.federated_store
      ? { id: order.federated_store.id, handle: order.federated_store.handle, name: order.federated_store.name }
      : null,
    order: {
      id: order.id,
      display_id: order.display_id ?? null,
      email: order.email ?? null,
      currency_code: order.currency_code,
      created_at: order.created_at ? new Date(order.created_at).toISOString() : null,
      items: (order.items ?? []).flatMap((item) =>
        item
          ? [
              {
                id: item.id,
                title: item.title,
                product_title: item.product_title ?? null,
                variant_title: item.variant_title ?? null,
                sku: item.variant_sku ?? null,
                quantity: amount(item.quantity),
                unit_price: amount(item.unit_price),
                total: amount(item.total),
              },
            ]
          : []
      ),
      shipping_address: address
        ? {
            first_name: address.first_name ?? null,
            last_name: address.last_name ?? null,
            company: address.company ?? null,
            address_1: address.address_1 ?? null,
            address_2: address.address_2 ?? null,
            city: address.city ?? null,
            province: address.province ?? null,
            postal_code: address.postal_code ?? null,
            country_code: address.country_code ?? null,
            phone: address.phone ?? null,
          }
        : null,
      shipping_methods: (order.shipping_methods ?? []).flatMap((method) =>
        method ? [{ name: method.name, amount: amount(method.amount) }] : []
      ),
      totals: {
        subtotal: amount(order.subtotal),
        shipping_total: amount(order.shipping_total),
        tax_total: amount(order.tax_total),
        discount_total: amount(order.discount_total),
        total: amount(order.total),
      },
    },
  }
}

export const HAND_OFF_ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "currency_code",
  "created_at",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant_sku",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "shipping_address.*",
  "shipping_methods.name",
  "shipping_methods.amount",
  "subtotal",
  "shipping_total",
  "tax_total",
  "discount_total",
  "total",
  "federated_store.id",
  "federated_store.handle",
  "federated_store.name",
  "federated_store.distributor_url",
]
