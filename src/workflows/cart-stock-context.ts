import { createStep, StepResponse, transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CART_LINE_STOCK_FIELDS, CartWithLines, STOCKED_VARIANT_FIELDS, StockedVariant } from "./utils/cart-lines"
import { salesChannelLocations, storeHoldMinutes } from "./utils/stock-context-cache"

export type CartStockContext = {
  cart: CartWithLines
  location_ids: string[]
  now: Date
  /** The variants asked for (`variant_ids`), with the same stock fields as the cart's lines. */
  variants: StockedVariant[]
}

type ReadCartStockContextInput = {
  cart_id: string
  variant_ids?: string[]
  /** Read the sales channel's locations from the link now rather than from the short-lived cache. */
  fresh_locations?: boolean
}

/** The added variants are read with their products' titles, which the delivery kinds name. */
const ADDED_VARIANT_FIELDS = [...STOCKED_VARIANT_FIELDS, "product.title"]

/** Gives each variant its selling store's hold time (cached: see `storeHoldMinutes`). */
async function withHoldMinutes(container: MedusaContainer, variants: (StockedVariant | null | undefined)[]) {
  const present = variants.filter((variant): variant is StockedVariant => !!variant)
  const productIds = present.flatMap((variant) => (variant.product_id ? [variant.product_id] : []))
  const minutes = productIds.length ? await storeHoldMinutes(container, productIds) : new Map<string, number | null>()
  for (const variant of present) {
    variant.product = {
      ...(variant.product ?? {}),
      federated_store: { hold_minutes: minutes.get(variant.product_id ?? "") ?? null },
    }
  }
}

/**
 * The reads every ticketed cart change starts from, at once: the cart's lines with what
 * each needs, the variants being added (if any), and the stock locations that serve the
 * cart's sales channel (from the link table, cached for a few seconds unless
 * `fresh_locations`). Stores' hold times come from a short-lived cache too.
 */
const readCartStockContextStep = createStep(
  "read-cart-stock-context",
  async (input: ReadCartStockContextInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: carts }, { data: variants }] = await Promise.all([
      query.graph({ entity: "cart", fields: CART_LINE_STOCK_FIELDS, filters: { id: input.cart_id } }),
      input.variant_ids?.length
        ? query.graph({ entity: "product_variant", fields: ADDED_VARIANT_FIELDS, filters: { id: input.variant_ids } })
        : Promise.resolve({ data: [] as unknown[] }),
    ])
    const cart = carts[0] as (CartWithLines & { sales_channel_id?: string | null }) | undefined
    if (!cart) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${input.cart_id}`)
    }
    const added = variants as StockedVariant[]
    const [locationIds] = await Promise.all([
      input.fresh_locations
        ? readLocations(container, cart.sales_channel_id)
        : salesChannelLocations(container, cart.sales_channel_id),
      withHoldMinutes(container, [...(cart.items ?? []).map((item) => item?.variant), ...added]),
    ])
    const context: CartStockContext = { cart, location_ids: locationIds, now: new Date(), variants: added }
    return new StepResponse(context)
  }
)

async function readLocations(container: MedusaContainer, salesChannelId: string | null | undefined) {
  if (!salesChannelId) {
    return []
  }
  const { data: links } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "sales_channel_location",
    fields: ["stock_location_id"],
    filters: { sales_channel_id: salesChannelId },
  })
  return (links as { stock_location_id: string }[]).map((link) => link.stock_location_id)
}

/**
 * Composes the context read. Checkout asks for fresh locations; a shopper's cart changes
 * (and the variants an add brings, `variant_ids`) use the cache.
 */
export const cartStockContext = (
  cartId: WorkflowData<string> | string,
  options: { variant_ids?: WorkflowData<string[]>; fresh_locations?: boolean } = {}
) =>
  readCartStockContextStep(
    transform({ cartId, variantIds: options.variant_ids }, ({ cartId, variantIds }) => ({
      cart_id: cartId as string,
      variant_ids: (variantIds as string[] | undefined) ?? [],
      fresh_locations: !!options.fresh_locations,
    }))
  )
