import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { TICKETING_MODULE } from "../../../../../modules/ticketing"
import type TicketingModuleService from "../../../../../modules/ticketing/service"
import { isLive, VARIANT_STOCK_FIELDS, VariantStock } from "../../../../../modules/ticketing/stock"
import { availableQuantities } from "../../../../../workflows/utils/availability"
import { locationNames } from "../../../tickets/ticket-rows"
import { levelStockCounts, sumStockCounts } from "./stock-counts"

const VARIANT_FIELDS = [
  ...VARIANT_STOCK_FIELDS,
  "title",
  "sku",
  "inventory_items.inventory.title",
  "inventory_items.inventory.sku",
].map((field) => `variants.${field}`)

// A product as VARIANT_FIELDS reads it. Typed here: Medusa's query types exist only once a
// server has generated .medusa/types (with them, loadProduct's return is checked against this).
type StockLink = {
  inventory_item_id: string
  required_quantity: number
  inventory?: { title: string | null; sku: string | null } | null
}
type StockVariant = Omit<VariantStock, "inventory_items"> & {
  title: string
  sku: string | null
  inventory_items?: (StockLink | null)[] | null
}
type StockProduct = { id: string; title: string; variants: (StockVariant | null)[] | null }

async function loadProduct(scope: MedusaContainer, id: string): Promise<StockProduct> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "title", ...VARIANT_FIELDS], filters: { id } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product with id ${id}.`)
  }
  return data[0]
}

/**
 * Where each variant's units stand at `now`, over every location that stocks them: held
 * by tickets (of any store sharing the item), reserved otherwise, and free; plus how many
 * of the variant a shopper could still take, by the same rule the store API uses.
 */
export async function productTicketStock(scope: MedusaContainer, productId: string, now = new Date()) {
  const product = await loadProduct(scope, productId)
  const variants = (product.variants ?? []).flatMap((variant) => (variant ? [variant] : []))
  const links = variants.flatMap((variant) => (variant.inventory_items ?? []).flatMap((link) => (link ? [link] : [])))
  const itemIds = [...new Set<string>(links.map((link) => link.inventory_item_id))]

  const ticketing: TicketingModuleService = scope.resolve(TICKETING_MODULE)
  const [levels, heldTickets] = itemIds.length
    ? await Promise.all([
        scope.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: itemIds }),
        ticketing.listTickets(
          { inventory_item_id: itemIds, status: "held" },
          { select: ["inventory_item_id", "location_id", "variant_id", "quantity", "status", "expires_at"] }
        ),
      ])
    : [[], []]
  const locationIds = [...new Set(levels.map((level) => level.location_id))]
  const [names, available] = await Promise.all([
    locationNames(scope, locationIds),
    availableQuantities(scope, { variant_ids: variants.map((variant) => variant.id), location_ids: locationIds, now }),
  ])

  const itemStock = (inventoryItemId: string, variantId: string) => {
    const locations = levels
      .filter((level) => level.inventory_item_id === inventoryItemId)
      .map((level) => ({
        location: { id: level.location_id, name: names.get(level.location_id) ?? null },
        ...levelStockCounts(
          { stocked_quantity: Number(level.stocked_quantity), reserved_quantity: Number(level.reserved_quantity) },
          heldTickets.filter((t) => t.inventory_item_id === inventoryItemId && t.location_id === level.location_id),
          now
        ),
      }))
    const heldByVariant = heldTickets.filter(
      (t) => t.inventory_item_id === inventoryItemId && t.variant_id === variantId && isLive(t, now)
    )
    return {
      ...sumStockCounts(locations),
      held_by_variant_quantity: heldByVariant.reduce((sum, ticket) => sum + ticket.quantity, 0),
      locations,
    }
  }

  return {
    product: { id: product.id, title: product.title },
    variants: variants.map((variant) => ({
      id: variant.id,
      title: variant.title,
      sku: variant.sku ?? null,
      manage_inventory: variant.manage_inventory,
      allow_backorder: variant.allow_backorder,
      // null: stock not tracked or backorder allowed, the variant never runs out.
      available_quantity: available.get(variant.id) ?? null,
      inventory_items: (variant.inventory_items ?? []).flatMap((link) =>
        link
          ? [
              {
                inventory_item_id: link.inventory_item_id,
                title: link.inventory?.title ?? null,
                sku: link.inventory?.sku ?? null,
                required_quantity: link.required_quantity,
                ...itemStock(link.inventory_item_id, variant.id),
              },
            ]
          : []
      ),
    })),
  }
}
