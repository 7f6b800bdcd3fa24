import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { TicketListStatus } from "./validators"

/**
 * The stored tickets an admin means by `status` at `now`. A held ticket whose hold ran
 * out is no longer live (time alone ends it, see `isLive`), so it is listed as expired
 * until the sweep marks it so.
 */
function ticketStatusFilter(status: TicketListStatus, now: Date) {
  switch (status) {
    case "live":
      return { status: "held" as const, expires_at: { $gt: now } }
    case "expired":
      return { $or: [{ status: "expired" as const }, { status: "held" as const, expires_at: { $lte: now } }] }
    default:
      return { status }
  }
}

type ProductScope = { federated_store_id?: string; product_id?: string; q?: string }

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`

/**
 * Tickets know their variant, not its product or store: the variants that the store and
 * product filters leave (all must match), or `undefined` when no such filter is set.
 */
async function variantIdsInScope(
  scope: MedusaContainer,
  { federated_store_id, product_id, q }: ProductScope
): Promise<string[] | undefined> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const matches: string[][] = []
  if (federated_store_id) {
    const { data } = await query.graph({
      entity: "federated_store",
      fields: ["products.variants.id"],
      filters: { id: federated_store_id },
    })
    matches.push(
      data
        .flatMap((store) => store.products ?? [])
        .flatMap((product) => (product?.variants ?? []).map((v: { id: string }) => v.id))
    )
  }
  if (product_id || q) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["variants.id"],
      filters: {
        ...(product_id ? { id: product_id } : {}),
        ...(q ? { title: { $ilike: likePattern(q) } } : {}),
      },
    })
    matches.push(data.flatMap((product) => (product.variants ?? []).map((v: { id: string }) => v.id)))
  }
  if (!matches.length) {
    return undefined
  }
  return matches.reduce((kept, next) => kept.filter((id) => next.includes(id)))
}

/** The ticket filter for an admin's list or summary: status, cart, store and product. */
export async function adminTicketFilters(
  scope: MedusaContainer,
  { status, cart_id, ...products }: ProductScope & { status: TicketListStatus; cart_id?: string },
  now: Date
) {
  const variantIds = await variantIdsInScope(scope, products)
  return {
    ...ticketStatusFilter(status, now),
    ...(cart_id ? { cart_id } : {}),
    // An empty list (no variant passes the filters) matches no ticket.
    ...(variantIds ? { variant_id: variantIds } : {}),
  }
}
