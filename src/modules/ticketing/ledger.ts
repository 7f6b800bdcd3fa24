import { generateEntityId } from "@medusajs/framework/utils"

/**
 * The ticket ledger: every change to held units as a few SQL statements in one short
 * transaction, so that PostgreSQL's row lock on the inventory level decides who gets the
 * last unit, for as long as the statement runs and no longer.
 *
 * A ticket is backed by a Medusa reservation, so Medusa counts held units as reserved
 * everywhere it computes stock. The ledger therefore writes two of Medusa's inventory
 * tables itself, exactly as Medusa's inventory module would:
 * - `reservation_item` — a row per held ticket (`quantity`, `raw_quantity`, `line_item_id`,
 *   `location_id`, `inventory_item_id`, `description`), removed when the ticket ends;
 * - `inventory_level.reserved_quantity` (and its `raw_reserved_quantity`) — moved by the
 *   same amount in the same transaction, so it always equals the sum of the level's
 *   reservations.
 * `tests/http/suites/medusa-inventory-tables.ts` fails if a Medusa upgrade changes these
 * columns.
 */

/** Runs one statement in the caller's transaction. */
export type Execute = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>

/** Ids travel as one comma-joined parameter: ids never hold commas, and an empty list stays valid SQL. */
export const idList = (ids: string[]) => ids.join(",")

/** Medusa's big-number column beside a numeric one: `{ value, precision }`. */
const raw = (expression: string) => `jsonb_build_object('value', (${expression})::text, 'precision', 20)`

/** What a ticket's reservation says, for whoever reads Medusa's reservations. */
const RESERVATION_DESCRIPTION = "Federated Cart ticket"

/** Moves a level's reserved units by `delta` (a parameter), keeping its raw twin in step. */
const MOVE_RESERVED = `reserved_quantity = l.reserved_quantity + ?, raw_reserved_quantity = ${raw("l.reserved_quantity + ?")}, updated_at = now()`

export type EndedTicket = {
  id: string
  cart_id: string
  line_item_id: string
  variant_id: string
  inventory_item_id: string
  location_id: string
  quantity: number
  expires_at: Date
  created_at: Date
  /** Whether a reservation backed it until it ended. */
  had_reservation: boolean
}

/**
 * Ends the chosen held tickets (`choose`: SQL selecting ticket ids, with its parameters)
 * and gives their units back: reservations deleted, levels moved, in one statement.
 * Tickets another transaction is ending right now are skipped, so none is ended twice.
 */
async function endChosen(
  execute: Execute,
  choose: { sql: string; params: unknown[] },
  end: { status: "released" | "expired" | "purchased"; reason: string; now: Date | null }
): Promise<EndedTicket[]> {
  const rows = await execute<EndedTicket & { reservation_id: string | null }>(
    `WITH chosen AS (
       SELECT t.id, t.reservation_id FROM ticket t
        WHERE t.id IN (${choose.sql}) AND t.status = 'held' AND t.deleted_at IS NULL
        FOR UPDATE SKIP LOCKED),
     ended AS (
       UPDATE ticket t SET status = ?, reservation_id = NULL, ended_at = COALESCE(?::timestamptz, now()),
              end_reason = ?, updated_at = now()
         FROM chosen WHERE t.id = chosen.id
       RETURNING t.id, t.cart_id, t.line_item_id, t.variant_id, t.inventory_item_id, t.location_id, t.quantity,
                 t.expires_at, t.created_at, chosen.reservation_id),
     freed AS (
       DELETE FROM reservation_item r USING ended WHERE r.id = ended.reservation_id
       RETURNING r.inventory_item_id, r.location_id, r.quantity),
     per_level AS (
       SELECT inventory_item_id, location_id, SUM(quantity) AS units FROM freed GROUP BY inventory_item_id, location_id),
     moved AS (
       UPDATE inventory_level l
          SET reserved_quantity = l.reserved_quantity - p.units,
              raw_reserved_quantity = ${raw("l.reserved_quantity - p.units")}, updated_at = now()
         FROM per_level p
        WHERE l.inventory_item_id = p.inventory_item_id AND l.location_id = p.location_id AND l.deleted_at IS NULL
       RETURNING l.id)
     SELECT ended.*, (SELECT count(*) FROM moved) AS moved_levels FROM ended`,
    [...choose.params, end.status, end.now, end.reason]
  )
  return rows.map(({ reservation_id, ...ticket }) => ({
    ...ticket,
    quantity: Number(ticket.quantity),
    had_reservation: !!reservation_id,
  }))
}

/** Ends these held tickets. */
export const endTickets = (execute: Execute, ids: string[], end: Parameters<typeof endChosen>[2]) =>
  ids.length
    ? endChosen(execute, { sql: `SELECT unnest(string_to_array(?, ','))`, params: [idList(ids)] }, end)
    : Promise.resolve([])

/** Ends every held ticket whose hold ran out by `now` (on these items only, when named). */
export const endRunOutTickets = (execute: Execute, now: Date | null, inventoryItemIds?: string[]) =>
  endChosen(
    execute,
    {
      sql: `SELECT id FROM ticket WHERE status = 'held' AND deleted_at IS NULL AND expires_at <= COALESCE(?::timestamptz, now())
              ${inventoryItemIds ? `AND inventory_item_id = ANY(string_to_array(?, ','))` : ""}`,
      params: inventoryItemIds ? [now, idList(inventoryItemIds)] : [now],
    },
    { status: "expired", reason: "hold ran out", now }
  )

export type LineHoldRequest = {
  cart_id: string
  line_item_id: string
  variant_id: string
  inventory_item_id: string
  /** Where a new ticket may hold; a held ticket stays at its location. */
  location_ids: string[]
  /** The units the line needs of the item in all; 0 releases its ticket. */
  quantity: number
  /** How long the hold lasts from now, and the most it may last from when it was first taken (minutes). */
  hold_minutes: number
  max_hold_minutes: number
  /**
   * Leave the hold's end where it is, but no sooner than this many minutes from now:
   * checkout confirms holds rather than extending them, yet a hold with seconds left must
   * not run out while the orders are being written.
   */
  keep_expiry_minutes?: number
  /** A clock of the caller's (tests); otherwise PostgreSQL's own instant of the hold. */
  now?: Date | null
}

export type HeldLine = {
  ticket_id: string
  location_id: string
  quantity: number
  expires_at: Date
  created_at: Date
}

export type LineHoldResult =
  | { held: true; ticket: HeldLine | null; before: HeldLine | null }
  /** Not enough free units: `available` is what the line may have in all. */
  | { held: false; available: number }

/**
 * Makes one line's ticket on one item hold exactly `quantity` units: takes a new ticket,
 * grows or shrinks the one it has, or releases it. Run-out holds on the item are ended
 * first, so their units count as free at the instant they run out. Growth is a
 * conditional `UPDATE` of the level (`stocked − reserved ≥ wanted`): when it matches no
 * row the units are not free and nothing was written.
 */
export async function holdLine(execute: Execute, request: LineHoldRequest): Promise<LineHoldResult> {
  const now = request.now ?? null
  await endRunOutTickets(execute, now, [request.inventory_item_id])
  const [current] = await execute<HeldLine & { reservation_id: string | null }>(
    `SELECT id AS ticket_id, location_id, quantity, expires_at, created_at, reservation_id FROM ticket
      WHERE line_item_id = ? AND inventory_item_id = ? AND status = 'held' AND deleted_at IS NULL
      FOR UPDATE`,
    [request.line_item_id, request.inventory_item_id]
  )
  const before = current ? { ...current, quantity: Number(current.quantity) } : null
  if (request.quantity <= 0) {
    if (before) {
      await endTickets(execute, [before.ticket_id], { status: "released", reason: "removed from cart", now })
    }
    return { held: true, ticket: null, before }
  }
  if (before?.reservation_id) {
    return resizeHeld(execute, request, before as HeldLine & { reservation_id: string })
  }
  if (before) {
    // A ticket without a reservation holds nothing: end it and hold afresh.
    await endTickets(execute, [before.ticket_id], { status: "released", reason: "held again", now })
  }
  return takeNew(execute, request)
}

/** When a hold taken or renewed now ends (parameters: now, hold minutes, maximum minutes). */
const expiry = (createdAt: string) =>
  `LEAST(COALESCE(?::timestamptz, now()) + ?::float8 * interval '1 minute', ${createdAt} + ?::float8 * interval '1 minute')`

/** A kept end, but never sooner than a while from now (parameters: now, minutes). */
const KEPT_EXPIRY = `GREATEST(expires_at, COALESCE(?::timestamptz, now()) + ?::float8 * interval '1 minute')`

async function resizeHeld(execute: Execute, request: LineHoldRequest, current: HeldLine & { reservation_id: string }) {
  const delta = request.quantity - current.quantity
  if (delta !== 0) {
    const moved = await execute(
      `UPDATE inventory_level l SET ${MOVE_RESERVED}
        WHERE l.inventory_item_id = ? AND l.location_id = ? AND l.deleted_at IS NULL
          AND (? <= 0 OR l.stocked_quantity - l.reserved_quantity >= ?)
        RETURNING l.id`,
      [delta, delta, request.inventory_item_id, current.location_id, delta, delta]
    )
    if (!moved.length) {
      const free = await freeAt(execute, request.inventory_item_id, [current.location_id])
      return { held: false as const, available: free + current.quantity }
    }
    await execute(
      `UPDATE reservation_item SET quantity = ?, raw_quantity = ${raw("?::numeric")}, updated_at = now() WHERE id = ?`,
      [request.quantity, request.quantity, current.reservation_id]
    )
  }
  const [ticket] = await execute<HeldLine>(
    `UPDATE ticket SET quantity = ?, updated_at = now(),
            expires_at = ${request.keep_expiry_minutes === undefined ? expiry("created_at") : KEPT_EXPIRY}
      WHERE id = ?
      RETURNING id AS ticket_id, location_id, quantity, expires_at, created_at`,
    [
      request.quantity,
      ...(request.keep_expiry_minutes === undefined
        ? [request.now ?? null, request.hold_minutes, request.max_hold_minutes]
        : [request.now ?? null, request.keep_expiry_minutes]),
      current.ticket_id,
    ]
  )
  return { held: true as const, ticket: { ...ticket, quantity: Number(ticket.quantity) }, before: current }
}

/**
 * A new ticket in one statement: the level with the most free units that has enough is
 * moved, and the reservation and the ticket are written from what it returned, so a
 * level that no longer has enough writes nothing. Another shopper may take the units
 * between the choice and the update: a miss is tried again while any level has enough.
 */
async function takeNew(execute: Execute, request: LineHoldRequest): Promise<LineHoldResult> {
  const now = request.now ?? null
  for (;;) {
    const [ticket] = await execute<HeldLine>(
      `WITH level AS (
         UPDATE inventory_level l SET ${MOVE_RESERVED}
          WHERE l.id = (
            SELECT id FROM inventory_level
             WHERE inventory_item_id = ? AND location_id = ANY(string_to_array(?, ',')) AND deleted_at IS NULL
               AND stocked_quantity - reserved_quantity >= ?
             ORDER BY stocked_quantity - reserved_quantity DESC, location_id LIMIT 1)
            AND l.stocked_quantity - l.reserved_quantity >= ?
          RETURNING l.location_id),
       reservation AS (
         INSERT INTO reservation_item (id, inventory_item_id, location_id, quantity, raw_quantity, line_item_id, description)
         SELECT ?::text, ?::text, level.location_id, ?::numeric, ${raw("?::numeric")}, ?::text, '${RESERVATION_DESCRIPTION}'
           FROM level
         RETURNING id, location_id)
       INSERT INTO ticket (id, cart_id, line_item_id, variant_id, inventory_item_id, location_id, quantity,
                           reservation_id, status, created_at, expires_at)
       SELECT ?::text, ?::text, ?::text, ?::text, ?::text, reservation.location_id, ?::integer, reservation.id, 'held',
              COALESCE(?::timestamptz, now()), ${expiry("COALESCE(?::timestamptz, now())")}
         FROM reservation
       RETURNING id AS ticket_id, location_id, quantity, expires_at, created_at`,
      [
        request.quantity,
        request.quantity,
        request.inventory_item_id,
        idList(request.location_ids),
        request.quantity,
        request.quantity,
        generateEntityId(undefined, "resitem"),
        request.inventory_item_id,
        request.quantity,
        request.quantity,
        request.line_item_id,
        generateEntityId(undefined, "tkt"),
        request.cart_id,
        request.line_item_id,
        request.variant_id,
        request.inventory_item_id,
        request.quantity,
        now,
        now,
        request.hold_minutes,
        now,
        request.max_hold_minutes,
      ]
    )
    if (ticket) {
      return { held: true, ticket: { ...ticket, quantity: Number(ticket.quantity) }, before: null }
    }
    const most = await mostFreeAt(execute, request.inventory_item_id, request.location_ids)
    if (most < request.quantity) {
      return { held: false, available: most }
    }
  }
}

/** The Medusa reservation that backs a ticket's units; returns its id. */
async function insertReservation(
  execute: Execute,
  units: { inventory_item_id: string; location_id: string; quantity: number; line_item_id: string }
) {
  const reservationId = generateEntityId(undefined, "resitem")
  await execute(
    `INSERT INTO reservation_item (id, inventory_item_id, location_id, quantity, raw_quantity, line_item_id, description)
     VALUES (?, ?, ?, ?, ${raw("?::numeric")}, ?, '${RESERVATION_DESCRIPTION}')`,
    [reservationId, units.inventory_item_id, units.location_id, units.quantity, units.quantity, units.line_item_id]
  )
  return reservationId
}

/** Free units over some locations, in all. */
async function freeAt(execute: Execute, inventoryItemId: string, locationIds: string[]) {
  const [row] = await execute<{ free: string | null }>(
    `SELECT SUM(GREATEST(stocked_quantity - reserved_quantity, 0)) AS free FROM inventory_level
      WHERE inventory_item_id = ? AND location_id = ANY(string_to_array(?, ',')) AND deleted_at IS NULL`,
    [inventoryItemId, idList(locationIds)]
  )
  return Number(row?.free ?? 0)
}

/** The free units of the one location that has the most: a new ticket holds at one location. */
async function mostFreeAt(execute: Execute, inventoryItemId: string, locationIds: string[]) {
  const [row] = await execute<{ free: string | null }>(
    `SELECT MAX(GREATEST(stocked_quantity - reserved_quantity, 0)) AS free FROM inventory_level
      WHERE inventory_item_id = ? AND location_id = ANY(string_to_array(?, ',')) AND deleted_at IS NULL`,
    [inventoryItemId, idList(locationIds)]
  )
  return Number(row?.free ?? 0)
}

/** Gives a resized ticket back its size and end (undoing a hold); growth only if the units are still free. */
export async function restoreHold(execute: Execute, before: HeldLine, request: Omit<LineHoldRequest, "quantity">) {
  await holdLine(execute, { ...request, quantity: before.quantity, keep_expiry_minutes: 0 })
  await execute(`UPDATE ticket SET expires_at = ?, updated_at = now() WHERE id = ? AND status = 'held'`, [
    before.expires_at,
    before.ticket_id,
  ])
}

/** Takes back a ticket this request created: its units freed, the row gone, as if never taken. */
export async function dropTicket(execute: Execute, ticketId: string) {
  await endTickets(execute, [ticketId], { status: "released", reason: "undone", now: null })
  await execute(`DELETE FROM ticket WHERE id = ?`, [ticketId])
}

/**
 * Holds an ended ticket's units again (undoing a release), backed by a new reservation,
 * if they are still free at its location. Returns whether it is held again.
 */
export async function reopenTicket(execute: Execute, ended: EndedTicket) {
  const moved = await execute(
    `UPDATE inventory_level l SET ${MOVE_RESERVED}
      WHERE l.inventory_item_id = ? AND l.location_id = ? AND l.deleted_at IS NULL
        AND l.stocked_quantity - l.reserved_quantity >= ?
      RETURNING l.id`,
    [ended.quantity, ended.quantity, ended.inventory_item_id, ended.location_id, ended.quantity]
  )
  if (!moved.length) {
    return false
  }
  const reservationId = await insertReservation(execute, ended)
  await execute(
    `UPDATE ticket SET status = 'held', reservation_id = ?, ended_at = NULL, end_reason = NULL, updated_at = now() WHERE id = ?`,
    [reservationId, ended.id]
  )
  return true
}

/**
 * Hands held tickets' reservations to order lines in place (units never free, not even
 * for a moment) and ends the tickets `purchased`. Returns the tickets handed; one that
 * is no longer held is not.
 */
export async function purchaseTickets(
  execute: Execute,
  handover: { ticket_id: string; order_item_id: string; order_id: string }[],
  now: Date | null
) {
  if (!handover.length) {
    return []
  }
  return execute<{ ticket_id: string; reservation_id: string; cart_line_id: string; order_item_id: string }>(
    `WITH wanted AS (
       SELECT * FROM jsonb_to_recordset(?::jsonb) AS w(ticket_id text, order_item_id text, order_id text)),
     chosen AS (
       SELECT t.id, t.reservation_id, t.line_item_id, w.order_item_id, w.order_id FROM ticket t JOIN wanted w ON w.ticket_id = t.id
        WHERE t.status = 'held' AND t.reservation_id IS NOT NULL AND t.deleted_at IS NULL
        FOR UPDATE OF t),
     handed AS (
       UPDATE reservation_item r SET line_item_id = chosen.order_item_id, description = 'Order ' || chosen.order_id,
              updated_at = now()
         FROM chosen WHERE r.id = chosen.reservation_id
       RETURNING r.id)
     UPDATE ticket t SET status = 'purchased', reservation_id = NULL, ended_at = COALESCE(?::timestamptz, now()),
            end_reason = 'order ' || chosen.order_id, updated_at = now()
       FROM chosen WHERE t.id = chosen.id
     RETURNING t.id AS ticket_id, chosen.reservation_id, chosen.line_item_id AS cart_line_id, chosen.order_item_id`,
    [JSON.stringify(handover), now]
  )
}

/** Undoes `purchaseTickets`: the reservations back on the cart lines, the tickets held again. */
export async function unpurchaseTickets(
  execute: Execute,
  handed: { ticket_id: string; reservation_id: string; cart_line_id: string }[]
) {
  if (!handed.length) {
    return
  }
  await execute(
    `WITH back AS (SELECT * FROM jsonb_to_recordset(?::jsonb) AS b(ticket_id text, reservation_id text, cart_line_id text)),
     lines AS (
       UPDATE reservation_item r SET line_item_id = back.cart_line_id, description = '${RESERVATION_DESCRIPTION}', updated_at = now()
         FROM back WHERE r.id = back.reservation_id RETURNING r.id)
     UPDATE ticket t SET status = 'held', reservation_id = back.reservation_id, ended_at = NULL, end_reason = NULL,
            updated_at = now()
       FROM back WHERE t.id = back.ticket_id`,
    [JSON.stringify(handed)]
  )
}
