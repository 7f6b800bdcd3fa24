import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_DELIVERY_MODULE } from "../../modules/product-delivery"
import { kindOfLine, MAIL_ONLY } from "../../modules/product-delivery/rules"
import type ProductDeliveryModuleService from "../../modules/product-delivery/service"
import { CheckoutCart, CheckoutStore, ShippingOptionPlace, splitCartByStore, StoreShare } from "../utils/store-orders"

/** What the federated checkout reads of a cart: what Medusa's completion reads, less stock levels. */
const CHECKOUT_CART_FIELDS = [
  "id",
  "email",
  "currency_code",
  "locale",
  "metadata",
  "completed_at",
  "region_id",
  "customer_id",
  "sales_channel_id",
  "total",
  "credit_line_total",
  "items.*",
  "items.tax_lines.*",
  "items.adjustments.*",
  "items.variant.product.shipping_profile.id",
  "shipping_methods.*",
  "shipping_methods.tax_lines.*",
  "shipping_methods.adjustments.*",
  "shipping_address.*",
  "billing_address.*",
  "credit_lines.*",
  "promotions.id",
  "payment_collection.id",
  "payment_collection.amount",
  "payment_collection.payment_sessions.*",
]

type ReadCart = CheckoutCart & {
  completed_at?: Date | string | null
  total: unknown
  promotions?: ({ id: string } | null)[] | null
  payment_collection?: { id: string; amount: unknown; payment_sessions?: ({ id: string; status: string } | null)[] | null } | null
  items: (CheckoutLine & { variant?: { product?: { shipping_profile?: { id: string } | null } | null } | null })[]
}
type CheckoutLine = CheckoutCart["items"][number]

export type Checkout = {
  cart: ReadCart
  shares: StoreShare[]
  payment_collection_id: string | null
  promotion_ids: string[]
}

const present = <T>(values: (T | null | undefined)[] | null | undefined) => (values ?? []).filter((v): v is T => v != null)

/**
 * Reads the cart and what it takes to split it by store: each line's store, each store's
 * sales channel and locations, and where each chosen shipping option ships from.
 */
export async function readCartByStore(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "cart", fields: CHECKOUT_CART_FIELDS, filters: { id: cartId } })
  const found = carts[0] as unknown as ReadCart | undefined
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No cart with id ${cartId}.`)
  }
  const cart: ReadCart = {
    ...found,
    items: present(found.items).map((item) => ({
      ...item,
      product_shipping_profile_id: item.variant?.product?.shipping_profile?.id ?? null,
    })),
    shipping_methods: present(found.shipping_methods),
    credit_lines: present(found.credit_lines),
  }

  const productIds = [...new Set(cart.items.flatMap((item) => (item.product_id ? [item.product_id] : [])))]
  const optionIds = [...new Set(cart.shipping_methods.flatMap((m) => (m.shipping_option_id ? [m.shipping_option_id] : [])))]
  const [{ data: products }, { data: options }, deliveries] = await Promise.all([
    productIds.length
      ? query.graph({ entity: "product", fields: ["id", "federated_store.id"], filters: { id: productIds } })
      : { data: [] },
    optionIds.length
      ? query.graph({
          entity: "shipping_option",
          fields: ["id", "shipping_profile_id", "service_zone.fulfillment_set.location.id"],
          filters: { id: optionIds },
        })
      : { data: [] },
    container.resolve<ProductDeliveryModuleService>(PRODUCT_DELIVERY_MODULE).settingsOf(productIds),
  ])
  // Each product line is delivered as its product allows now: its choice, else the default.
  for (const item of cart.items) {
    if (item.product_id) {
      item.delivery_kind = kindOfLine(item.metadata, deliveries.get(item.product_id) ?? MAIL_ONLY)
    }
  }
  const storeOfProduct = new Map(
    products.flatMap((p) => (p.federated_store ? [[p.id, p.federated_store.id] as [string, string]] : []))
  )
  const chargeStores = cart.items.flatMap((item) =>
    typeof item.metadata?.federated_store_id === "string" ? [item.metadata.federated_store_id] : []
  )
  const storeIds = [...new Set([...storeOfProduct.values(), ...chargeStores])]
  const { data: storeRows } = storeIds.length
    ? await query.graph({
        entity: "federated_store",
        fields: ["id", "name", "handle", "sales_channel.id", "stock_locations.id"],
        filters: { id: storeIds },
      })
    : { data: [] }
  const stores = new Map<string, CheckoutStore>(
    storeRows.map((store) => [
      store.id,
      {
        id: store.id,
        name: store.name,
        handle: store.handle,
        sales_channel_id: store.sales_channel?.id ?? null,
        location_ids: present(store.stock_locations as ({ id: string } | null)[]).map((location) => location.id),
      },
    ])
  )
  const optionPlaces = new Map<string, ShippingOptionPlace>(
    (
      options as {
        id: string
        shipping_profile_id: string | null
        service_zone?: { fulfillment_set?: { location?: { id: string } | null } | null } | null
      }[]
    ).map((option) => [
      option.id,
      {
        shipping_profile_id: option.shipping_profile_id,
        location_id: option.service_zone?.fulfillment_set?.location?.id ?? null,
      },
    ])
  )
  return { cart, stores, storeOfProduct, optionPlaces }
}

export const readCheckoutStep = createStep("read-checkout", async (cartId: string, { container }) => {
  const { cart, stores, storeOfProduct, optionPlaces } = await readCartByStore(container, cartId)
  // A cart checked out by the plugin has a group, found before this step: this one was
  // completed by Medusa's own completion (a one-store cart through the payment webhook).
  if (cart.completed_at) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "This cart was checked out already: it has an order and takes no other.")
  }
  const checkout: Checkout = {
    cart,
    shares: splitCartByStore(cart, stores, storeOfProduct, optionPlaces),
    payment_collection_id: cart.payment_collection?.id ?? null,
    promotion_ids: present(cart.promotions).map((promotion) => promotion.id),
  }
  return new StepResponse(checkout)
})
