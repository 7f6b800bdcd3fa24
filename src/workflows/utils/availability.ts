import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { TICKETING_MODULE } from "../../modules/ticketing"
import { freeUnits, unitsNeeded, VARIANT_STOCK_FIELDS, VariantStock } from "../../modules/ticketing/stock"
import type TicketingModuleService from "../../modules/ticketing/service"

/**
 * Free units of an item over some locations at an instant, holds that ran out counted
 * as free. A read without locks: good for showing counts and for refusing early; a hold
 * itself is decided again under the item's lock.
 */
export async function freeUnitsAt(
  container: MedusaContainer,
  { inventory_item_id, location_ids, now }: { inventory_item_id: string; location_ids: string[]; now: Date }
) {
  const ticketing: TicketingModuleService = container.resolve(TICKETING_MODULE)
  const [levels, runOut] = await Promise.all([
    container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id, location_id: location_ids }),
    ticketing.listTickets(
      { inventory_item_id, location_id: location_ids, status: "held", expires_at: { $lte: now } },
      { select: ["location_id", "quantity"] }
    ),
  ])
  return levels.reduce((sum, level) => {
    const expired = runOut
      .filter((ticket) => ticket.location_id === level.location_id)
      .reduce((units, ticket) => units + ticket.quantity, 0)
    return sum + freeUnits(level, expired)
  }, 0)
}

/**
 * How many of each variant a shopper can still put in a cart, net of every live hold:
 * the scarcest of its inventory items decides. `null` for variants whose stock is not
 * tracked (or may be backordered): they never run out.
 */
export async function availableQuantities(
  container: MedusaContainer,
  { variant_ids, location_ids, now = new Date() }: { variant_ids: string[]; location_ids: string[]; now?: Date }
): Promise<Map<string, number | null>> {
  if (!variant_ids.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: VARIANT_STOCK_FIELDS,
    filters: { id: variant_ids },
  })
  const variants = data as VariantStock[]
  const itemIds = [...new Set(variants.flatMap((v) => unitsNeeded(v, 1).map((need) => need.inventory_item_id)))]
  const free = new Map(
    await Promise.all(
      itemIds.map(async (id) => [id, await freeUnitsAt(container, { inventory_item_id: id, location_ids, now })] as const)
    )
  )
  return new Map(
    variants.map((variant) => {
      // What one unit of the variant takes of each item; the scarcest item decides.
      const perUnit = unitsNeeded(variant, 1)
      if (!perUnit.length) {
        return [variant.id, null]
      }
      const units = Math.min(...perUnit.map((need) => Math.floor((free.get(need.inventory_item_id) ?? 0) / need.quantity)))
      return [variant.id, units]
    })
  )
}
