import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isLive } from "../../../modules/ticketing/stock"
import { adminTicketFields } from "./query-config"

export type TicketHolding = {
  variant: { id: string; title: string | null; sku: string | null }
  product: { id: string; title: string } | null
  federated_store: { id: string; name: string; handle: string } | null
}

/** What each variant is: its product and the federated store selling that product. */
export async function holdingsOfVariants(scope: MedusaContainer, variantIds: string[]) {
  const holdings = new Map<string, TicketHolding>()
  if (!variantIds.length) {
    return holdings
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "sku",
      "product.id",
      "product.title",
      "product.federated_store.id",
      "product.federated_store.name",
      "product.federated_store.handle",
    ],
    filters: { id: [...new Set(variantIds)] },
  })
  for (const variant of data) {
    const store = variant.product?.federated_store
    holdings.set(variant.id, {
      variant: { id: variant.id, title: variant.title ?? null, sku: variant.sku ?? null },
      product: variant.product ? { id: variant.product.id, title: variant.product.title } : null,
      federated_store: store ? { id: store.id, name: store.name, handle: store.handle } : null,
    })
  }
  return holdings
}

/** Stock locations' names by id. */
export async function locationNames(scope: MedusaContainer, locationIds: string[]) {
  if (!locationIds.length) {
    return new Map<string, string>()
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name"],
    filters: { id: [...new Set(locationIds)] },
  })
  return new Map(data.map((location) => [location.id, location.name]))
}

type TicketRecord = { variant_id: string; location_id: string; status: string; expires_at: Date | string }

/**
 * Tickets as the admin reads them: with the variant, product, store and location they
 * hold, and whether they still hold anything at `now`.
 */
export async function describeTickets<T extends TicketRecord>(scope: MedusaContainer, tickets: T[], now: Date) {
  if (!tickets.length) {
    return []
  }
  const [holdings, locations] = await Promise.all([
    holdingsOfVariants(
      scope,
      tickets.map((ticket) => ticket.variant_id)
    ),
    locationNames(
      scope,
      tickets.map((ticket) => ticket.location_id)
    ),
  ])
  return tickets.map((ticket) => ({
    ...ticket,
    is_live: isLive(ticket, now),
    // A variant deleted since the hold was taken still leaves its ticket listed.
    ...(holdings.get(ticket.variant_id) ?? {
      variant: { id: ticket.variant_id, title: null, sku: null },
      product: null,
      federated_store: null,
    }),
    location: { id: ticket.location_id, name: locations.get(ticket.location_id) ?? null },
  }))
}

/** One ticket as the admin reads it; 404 when there is none. */
export async function retrieveAdminTicket(scope: MedusaContainer, id: string, now = new Date()) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "ticket", fields: adminTicketFields, filters: { id } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No ticket with id ${id}.`)
  }
  const [ticket] = await describeTickets(scope, data, now)
  return ticket
}
