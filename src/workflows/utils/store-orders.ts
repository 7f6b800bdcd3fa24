import { MedusaError, OrderStatus } from "@medusajs/framework/utils"
import { DELIVERY_KIND_KEY, DeliveryKind, isDigital } from "../../modules/product-delivery/rules"
import { CREDIT_REFERENCE, MoneyCredit, MoneyLine, storeOfLine } from "./store-totals"

/**
 * How one federated cart becomes one order per store: which lines, shipping method and
 * credits each store's order takes. Pure, so the rules read in one place and are tested
 * without a server.
 */

export type CheckoutStore = { id: string; name: string; handle?: string; sales_channel_id: string | null; location_ids: string[] }

/** Where a shipping option ships from, and which goods it covers. */
export type ShippingOptionPlace = { shipping_profile_id: string | null; location_id: string | null }

type TaxLine = {
  description?: string | null
  tax_rate_id?: string | null
  code: string
  rate: unknown
  provider_id?: string | null
  metadata?: unknown
}
type Adjustment = {
  code?: string | null
  amount: unknown
  description?: string | null
  promotion_id?: string | null
  provider_id?: string | null
  is_tax_inclusive?: boolean
}

export type CheckoutLine = MoneyLine & {
  id: string
  title: string
  quantity: unknown
  unit_price: unknown
  requires_shipping?: boolean | null
  product_shipping_profile_id?: string | null
  /** How the line is delivered, as its product allows now (read with the cart); mail when unset. */
  delivery_kind?: DeliveryKind
  tax_lines?: (TaxLine | null)[] | null
  adjustments?: (Adjustment | null)[] | null
  [field: string]: unknown
}

export type CheckoutShippingMethod = {
  id: string
  name: string
  description?: string | null
  amount: unknown
  raw_amount?: unknown
  is_tax_inclusive?: boolean
  shipping_option_id?: string | null
  data?: Record<string, unknown> | null
  metadata?: Record<string, unknown> | null
  tax_lines?: (TaxLine | null)[] | null
  adjustments?: (Adjustment | null)[] | null
}

export type CheckoutCart = {
  id: string
  email?: string | null
  currency_code: string
  locale?: string | null
  region_id?: string | null
  customer_id?: string | null
  metadata?: Record<string, unknown> | null
  shipping_address?: Record<string, unknown> | null
  billing_address?: Record<string, unknown> | null
  items: CheckoutLine[]
  shipping_methods: CheckoutShippingMethod[]
  credit_lines: (MoneyCredit & { raw_amount?: unknown })[]
}

export type StoreShare = {
  store: CheckoutStore
  lines: CheckoutLine[]
  shipping_methods: CheckoutShippingMethod[]
  credit_lines: CheckoutCart["credit_lines"]
}

/** The line a store order item came from, kept on the item so tickets can follow it. */
export const CART_LINE_KEY = "federated_cart_line_id"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Whether a line goes out by mail and so needs its store's shipping method. A digital
 * line (immediate or prepaid codes) never does, even if Medusa marked it as shipping.
 */
export const shipsByMail = (line: Pick<CheckoutLine, "requires_shipping" | "delivery_kind">) =>
  line.requires_shipping !== false && !isDigital(line.delivery_kind ?? "mail")

/** The stores a shipping method can serve: its option ships their goods from one of their locations. */
export function storesServedBy(place: ShippingOptionPlace | undefined, shares: StoreShare[]) {
  if (!place) {
    return []
  }
  return shares.filter(
    (share) =>
      (!place.location_id || share.store.location_ids.includes(place.location_id)) &&
      share.lines.some((line) => shipsByMail(line) && line.product_shipping_profile_id === place.shipping_profile_id)
  )
}

/** The cart's lines grouped by the store that sells them; refuses an empty cart or a line no store sells. */
export function linesByStore(
  cart: Pick<CheckoutCart, "items">,
  stores: Map<string, CheckoutStore>,
  storeOfProduct: Map<string, string>
): StoreShare[] {
  if (!cart.items.length) {
    throw invalid("The cart is empty: add something before checking out.")
  }
  const shares = new Map<string, StoreShare>()
  for (const line of cart.items) {
    const store = stores.get(storeOfLine(line, storeOfProduct) ?? "")
    if (!store) {
      throw invalid(`"${line.title}" is not sold by any store of this federation: remove it to check out.`)
    }
    const share = shares.get(store.id) ?? { store, lines: [], shipping_methods: [], credit_lines: [] }
    share.lines.push(line)
    shares.set(store.id, share)
  }
  return [...shares.values()]
}

/**
 * Each store's share of the cart. Every line must belong to a store, and every store
 * whose goods ship needs exactly one shipping method of its own; credits go to the store
 * they were given by.
 */
export function splitCartByStore(
  cart: CheckoutCart,
  stores: Map<string, CheckoutStore>,
  storeOfProduct: Map<string, string>,
  optionPlaces: Map<string, ShippingOptionPlace>
): StoreShare[] {
  const all = linesByStore(cart, stores, storeOfProduct)
  const shares = new Map(all.map((share) => [share.store.id, share]))

  for (const method of cart.shipping_methods) {
    const served = storesServedBy(optionPlaces.get(method.shipping_option_id ?? ""), all)
    if (served.length !== 1) {
      throw invalid(
        served.length
          ? `The shipping method "${method.name}" could serve ${served.map((s) => s.store.name).join(" and ")}: give each store its own shipping profile so each ships separately.`
          : `The shipping method "${method.name}" ships nothing in this cart: remove it or choose another.`
      )
    }
    served[0].shipping_methods.push(method)
  }
  for (const share of all) {
    const ships = share.lines.some(shipsByMail)
    if (ships && share.shipping_methods.length !== 1) {
      throw invalid(
        share.shipping_methods.length
          ? `${share.store.name} has ${share.shipping_methods.length} shipping methods: choose one.`
          : `Choose how ${share.store.name} should ship your items.`
      )
    }
  }
  for (const credit of cart.credit_lines) {
    const share = credit.reference === CREDIT_REFERENCE ? shares.get(credit.reference_id ?? "") : undefined
    ;(share ?? all[0]).credit_lines.push(credit)
  }
  return all
}

const taxLinesOf = (lines?: (TaxLine | null)[] | null) =>
  (lines ?? []).flatMap((line) =>
    line
      ? [
          {
            description: line.description,
            tax_rate_id: line.tax_rate_id,
            code: line.code,
            rate: line.rate,
            provider_id: line.provider_id,
            metadata: line.metadata ?? null,
          },
        ]
      : []
  )

const adjustmentsOf = (adjustments?: (Adjustment | null)[] | null) =>
  (adjustments ?? []).flatMap((a) =>
    a
      ? [
          {
            code: a.code,
            amount: a.amount,
            description: a.description,
            promotion_id: a.promotion_id,
            provider_id: a.provider_id,
            is_tax_inclusive: a.is_tax_inclusive,
          },
        ]
      : []
  )

const withoutId = (address?: Record<string, unknown> | null) => {
  if (!address) {
    return null
  }
  const { id: _id, ...rest } = address
  return rest
}

const ITEM_FIELDS = [
  "title",
  "subtitle",
  "thumbnail",
  "product_id",
  "product_title",
  "product_description",
  "product_subtitle",
  "product_type",
  "product_type_id",
  "product_collection",
  "product_handle",
  "variant_id",
  "variant_sku",
  "variant_barcode",
  "variant_title",
  "variant_option_values",
  "is_discountable",
  "is_giftcard",
  "requires_shipping",
  "unit_price",
  "compare_at_unit_price",
  "is_tax_inclusive",
  "is_custom_price",
  "quantity",
] as const

/**
 * The Medusa order a store's share becomes: Medusa's own cart-to-order mapping, per store.
 * Mail goes to the verified address, the payment's billing address, not to one typed for
 * shipping (a cart without a billing address had nothing verified: its shipping address
 * stays, as in Medusa); each item keeps its delivery kind, and a digital item ships
 * nothing (Medusa's fulfillment then takes it without a shipping profile).
 */
export function storeOrderInput(cart: CheckoutCart, share: StoreShare) {
  return {
    region_id: cart.region_id,
    customer_id: cart.customer_id,
    sales_channel_id: share.store.sales_channel_id,
    status: OrderStatus.PENDING,
    email: cart.email,
    currency_code: cart.currency_code,
    locale: cart.locale,
    shipping_address: withoutId(cart.billing_address ?? cart.shipping_address),
    billing_address: withoutId(cart.billing_address),
    no_notification: false,
    metadata: { ...(cart.metadata ?? {}), federated_store_id: share.store.id },
    items: share.lines.map((line) => ({
      ...Object.fromEntries(ITEM_FIELDS.flatMap((field) => (line[field] === undefined ? [] : [[field, line[field]]]))),
      ...(shipsByMail(line) ? {} : { requires_shipping: false }),
      metadata: {
        ...(line.metadata ?? {}),
        [CART_LINE_KEY]: line.id,
        ...(line.delivery_kind ? { [DELIVERY_KIND_KEY]: line.delivery_kind } : {}),
      },
      tax_lines: taxLinesOf(line.tax_lines),
      adjustments: adjustmentsOf(line.adjustments),
    })),
    shipping_methods: share.shipping_methods.map((method) => ({
      name: method.name,
      description: method.description,
      amount: method.raw_amount ?? method.amount,
      is_tax_inclusive: method.is_tax_inclusive,
      shipping_option_id: method.shipping_option_id,
      data: method.data,
      metadata: method.metadata,
      tax_lines: taxLinesOf(method.tax_lines),
      adjustments: adjustmentsOf(method.adjustments),
    })),
    credit_lines: share.credit_lines.map((credit) => ({
      amount: credit.amount,
      raw_amount: credit.raw_amount,
      reference: credit.reference,
      reference_id: credit.reference_id,
      metadata: credit.metadata,
    })),
    promo_codes: [
      ...share.lines.flatMap((line) => adjustmentsOf(line.adjustments)),
      ...share.shipping_methods.flatMap((method) => adjustmentsOf(method.adjustments)),
    ].flatMap((adjustment) => (adjustment.code ? [adjustment.code] : [])),
  }
}
