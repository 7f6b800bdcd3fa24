import { Execute, idList } from "./ledger"

export type ChangeAvailabilityRequest = {
  cart_id: string
  inventory_item_ids: string[]
  location_ids: string[]
  /** The lines being changed, by variant or by line: their own live holds count as theirs. */
  variant_ids?: string[]
  line_item_ids?: string[]
  now?: Date | null
}

/**
 * What each item can give a cart's changed lines, in one read without locks: the free
 * units over the locations (a hold that ran out but is not swept yet counts as free) plus
 * what those lines hold already. Good for refusing early; the hold itself decides again
 * in the ledger's transaction.
 */
export async function availableForChange(execute: Execute, request: ChangeAvailabilityRequest) {
  const now = request.now ?? null
  const rows = await execute<{ item_id: string; available: string | number }>(
    `SELECT i.item_id,
            COALESCE((
              SELECT SUM(GREATEST(l.stocked_quantity - l.reserved_quantity + COALESCE((
                       SELECT SUM(t.quantity) FROM ticket t
                        WHERE t.inventory_item_id = l.inventory_item_id AND t.location_id = l.location_id
                          AND t.status = 'held' AND t.deleted_at IS NULL
                          AND t.expires_at <= COALESCE(?::timestamptz, now())), 0), 0))
                FROM inventory_level l
               WHERE l.inventory_item_id = i.item_id AND l.deleted_at IS NULL
                 AND l.location_id = ANY(string_to_array(?, ','))), 0)
            + COALESCE((
              SELECT SUM(t.quantity) FROM ticket t
               WHERE t.cart_id = ? AND t.inventory_item_id = i.item_id AND t.status = 'held' AND t.deleted_at IS NULL
                 AND t.expires_at > COALESCE(?::timestamptz, now())
                 AND (t.variant_id = ANY(string_to_array(?, ',')) OR t.line_item_id = ANY(string_to_array(?, ',')))), 0)
            AS available
       FROM unnest(string_to_array(?, ',')) AS i(item_id)`,
    [
      now,
      idList(request.location_ids),
      request.cart_id,
      now,
      idList(request.variant_ids ?? []),
      idList(request.line_item_ids ?? []),
      idList(request.inventory_item_ids),
    ]
  )
  return new Map(rows.map((row) => [row.item_id, Number(row.available)]))
}
