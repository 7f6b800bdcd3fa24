// Shapes returned by the Federated Cart plugin's store routes (see docs/api.md).

export type FederatedStore = {
  id: string
  name: string
  handle: string
  description: string | null
  tagline: string | null
  accent_color: string | null
  contact_name: string | null
  contact_email: string | null
  contact_phone: string | null
  created_at: string
  updated_at: string
}

export type CalculatedPrice = {
  calculated_amount: number | null
  currency_code: string | null
}

export type FederatedVariantOption = {
  id?: string
  value: string
  option_id?: string | null
  option?: { id?: string; title: string } | null
}

export type FederatedVariant = {
  id: string
  title: string | null
  sku: string | null
  options?: FederatedVariantOption[] | null
  calculated_price?: CalculatedPrice | null
  /** Units a shopper can still put in a cart, net of other shoppers' holds; null: not tracked. */
  available_quantity?: number | null
}

export type FederatedProduct = {
  id: string
  title: string
  handle: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  images?: { id?: string; url: string }[] | null
  variants?: FederatedVariant[] | null
}

export type FederatedStoreWithProducts = FederatedStore & {
  products: FederatedProduct[]
}

export type FederatedStoreListResponse = {
  federated_stores: FederatedStore[]
  count: number
  limit: number
  offset: number
}

export type FederatedStoreResponse = {
  federated_store: FederatedStoreWithProducts
}

export type FederatedStoreProductResponse = {
  federated_store: FederatedStore
  product: FederatedProduct
}

export type Bookmark = {
  url: string
  title?: string | null
}

/** A line's hold on its units: `held` until `expires_at`, then `expired` until held again. */
export type LineTicket = {
  status: "held" | "expired" | "none"
  expires_at: string | null
  /** Units held (0 when none are). */
  quantity: number
}

/** How a line is delivered: sent to the partner's service at once, as prepaid codes by e-mail, or by mail. */
export type DeliveryKind = "immediate" | "prepaid_code" | "mail"

/** A cart line's delivery and what the shopper may choose instead (one choice: nothing to choose). */
export type LineDelivery = { kind: DeliveryKind; choices: DeliveryKind[]; forced: boolean }

export type FederatedCartItem = {
  id: string
  variant_id: string
  product_id: string
  product_handle: string | null
  title: string
  product_title: string | null
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  subtotal: number
  bookmark: Bookmark | null
  ticket: LineTicket
  delivery?: LineDelivery
  /** Set on a free bonus line: it comes and goes with the cart's total, so it has no quantity control. */
  bonus_rule_id?: string | null
  /** Set on a line redeemed with a prepaid code: it costs $0, its list price is shown crossed out. */
  prepaid?: { code_id: string; list_price: number } | null
}

/** A bonus the cart earned but could not get, e.g. "Your free Tide Charts calendar is out of stock." */
export type BonusNotice = { bonus_rule_id: string; variant_id: string; message: string }

export type FederatedCartStoreGroup = {
  federated_store: Pick<FederatedStore, "id" | "name" | "handle" | "accent_color">
  subtotal: number
  items: FederatedCartItem[]
}

export type FederatedCartBookmark = {
  url: string
  title: string | null
  federated_store: Pick<FederatedStore, "id" | "name" | "handle">
  added_at: string
}

export type CartState = "new" | "shop" | "full" | "done" | "void"

/** A store's own line that is not a product: a charge adds to the total, a credit takes off it. */
export type StoreMoneyLine = { id: string; title: string | null; amount: number; federated_store_id: string | null }

export type FederatedCart = {
  id: string
  /** e.g. 20261101-013456-0500-7KQ2: the store's local time of creation, with its UTC offset. */
  number: string
  state: CartState
  /** The moves the shopper may ask for now. */
  allowed_moves: CartState[]
  charges: StoreMoneyLine[]
  credits: StoreMoneyLine[]
  bonus_notices?: BonusNotice[]
  region_id: string
  currency_code: string
  email: string | null
  item_total: number
  subtotal: number
  total: number
  stores: FederatedCartStoreGroup[]
  bookmarks: FederatedCartBookmark[]
  holds: CartHolds
}

/** The cart's holds as a whole: when the first runs out, and how far they may still be extended. */
export type CartHolds = {
  expires_at: string | null
  extendable_until: string | null
}

export type FederatedCartResponse = {
  federated_cart: FederatedCart
}

export type AddToCartInput = {
  variantId: string
  quantity: number
  bookmark: { url: string; title?: string }
}

/** Units a shopper can still put in a cart, per variant id; null: not tracked. */
export type StockCounts = Record<string, number | null>

export type FederatedStockResponse = {
  variants: StockCounts
}

/** Result of a cart server action: errors are returned (not thrown) so the
 * shopper sees the server's message even in production builds. */
export type ActionResult = { success: true } | { success: false; error: string }

/** Where a purchased line, or a whole store order, stands on its way to the shopper. */
export type DeliveryStatus = "awaiting_fulfillment" | "fulfilled" | "shipped" | "delivered"

/** A line the shopper bought, as orders and deliveries show it. */
export type PurchasedLine = {
  id: string
  title: string
  product_title: string | null
  variant_title: string | null
  thumbnail: string | null
  quantity: number
}

export type ExpectedDeliveryLine = PurchasedLine & {
  fulfilled_quantity: number
  shipped_quantity: number
  delivered_quantity: number
  status: DeliveryStatus
}

export type ExpectedStoreDelivery = {
  order_id: string
  display_id: number | null
  federated_store: Pick<FederatedStore, "id" | "name" | "handle"> | null
  status: DeliveryStatus
  items: ExpectedDeliveryLine[]
}

export type ExpectedDeliveries = {
  order_group: { id: string; currency_code: string; total: number; placed_at: string } | null
  stores: ExpectedStoreDelivery[]
  /** The latest delivery update's cursor: the live stream follows on after it. */
  cursor: number
}

export type ExpectedDeliveriesResponse = { expected_deliveries: ExpectedDeliveries }

/** One shipping option of a store, as the checkout lists it (amount in major units). */
export type ShippingChoice = {
  id: string
  name: string
  description: string | null
  amount: number | null
  is_tax_inclusive: boolean
  insufficient_inventory: boolean
}

/** A store's shipping options for the cart: the shopper picks one per store. */
export type StoreShippingChoices = {
  federated_store: { id: string; name: string; handle: string | null }
  requires_shipping: boolean
  selected_option_id: string | null
  shipping_options: ShippingChoice[]
}

export type StoreShippingChoicesResponse = { stores: StoreShippingChoices[] }

/** The contact and address details checkout sends to the cart. */
export type CheckoutAddress = {
  first_name: string
  last_name: string
  address_1: string
  city: string
  postal_code: string
  country_code: string
  phone?: string
}

export type CheckoutDetailsInput = {
  email: string
  shipping_address: CheckoutAddress
  /** null: bill to the shipping address. */
  billing_address: CheckoutAddress | null
}

export type StoreOrderLine = PurchasedLine & {
  unit_price: number
  total: number
  /** The checkout writes each item's delivery kind here. */
  metadata?: { delivery_kind?: DeliveryKind } | null
}

/** One store's order of a checkout. */
export type StoreOrder = {
  id: string
  display_id: number
  total: number
  subtotal?: number
  shipping_total?: number
  items: StoreOrderLine[]
  shipping_methods: { id: string; name: string; amount: number }[]
  federated_store: Pick<FederatedStore, "id" | "name" | "handle"> | null
}

/** What one checkout produced: one order per store and what was paid for them all. */
export type OrderGroup = {
  id: string
  email: string | null
  currency_code: string
  total: number
  created_at?: string
  orders: StoreOrder[]
}

export type OrderGroupResponse = { order_group: OrderGroup }
