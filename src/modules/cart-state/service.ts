import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { assertTimeZone, cartNumber, localDays, randomSuffix } from "./cart-number"
import CartMove from "./models/cart-move"
import CartState from "./models/cart-state"
import type { CartMoveActor, CartStateName } from "./rules"

export type CartStateOptions = {
  /** The merchant's IANA time zone: cart numbers show local time in it, and days are its days. */
  timeZone?: string
}

export const DEFAULT_CART_STATE_OPTIONS: Required<CartStateOptions> = {
  timeZone: "America/New_York",
}

// A number collides only when two carts share a second and a 1-in-923,521 suffix.
const NUMBER_ATTEMPTS = 8

export type CartStateRow = {
  id: string
  cart_id: string
  state: CartStateName
  number: string
  opened_at: Date
  time_zone: string
}

export type CartMoveRow = {
  id: string
  from: CartStateName
  to: CartStateName
  actor: CartMoveActor
  reason: string | null
  moved_at: Date
}

const ROW = "id, cart_id, state, number, opened_at, time_zone"

export type RecordMovesInput = {
  cart_id: string
  from: CartStateName
  /** The states passed through, in order; the last one is where the cart ends up. */
  path: CartStateName[]
  actor: CartMoveActor
  reason?: string | null
  at?: Date
}

class CartStateModuleService extends MedusaService({ CartState, CartMove }) {
  readonly options: Required<CartStateOptions>

  constructor(container: Record<string, unknown>, options: CartStateOptions = {}, ...moduleArgs: unknown[]) {
    super(container, options, ...moduleArgs)
    this.options = { timeZone: options.timeZone || DEFAULT_CART_STATE_OPTIONS.timeZone }
    assertTimeZone(this.options.timeZone)
  }

  /**
   * The state record of a cart, or null. Read on every cart change, so it is one plain
   * query rather than a hydrated entity.
   */
  @InjectManager()
  async cartStateOfCart(cartId: string, @MedusaContext() sharedContext: Context = {}): Promise<CartStateRow | null> {
    const manager = sharedContext.manager as SqlEntityManager
    const rows: CartStateRow[] = await manager.execute(`SELECT ${ROW} FROM cart_state WHERE cart_id = ? AND deleted_at IS NULL`, [
      cartId,
    ])
    return rows[0] ?? null
  }

  /**
   * Gives a cart its state record (`new`) and number, once: a cart that has one keeps it.
   * Carts opened in the same second get different suffixes; a suffix already taken is
   * drawn again (`draw` lets a test force collisions).
   */
  @InjectManager()
  async openCartState(
    input: { cart_id: string; opened_at: Date; draw?: () => string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CartStateRow> {
    const manager = sharedContext.manager as SqlEntityManager
    const draw = input.draw ?? randomSuffix
    for (let attempt = 0; attempt < NUMBER_ATTEMPTS; attempt++) {
      // ON CONFLICT covers both unique indexes: the cart was opened before, or the number is taken.
      const opened: CartStateRow[] = await manager.execute(
        `INSERT INTO cart_state (id, cart_id, state, number, opened_at, time_zone)
         VALUES (?, ?, 'new', ?, ?, ?) ON CONFLICT DO NOTHING RETURNING ${ROW}`,
        [
          generateEntityId(undefined, "cst"),
          input.cart_id,
          cartNumber(input.opened_at, this.options.timeZone, draw()),
          input.opened_at,
          this.options.timeZone,
        ]
      )
      const existing = opened[0] ?? (await this.cartStateOfCart(input.cart_id, sharedContext))
      if (existing) {
        return existing
      }
    }
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Could not give the cart a unique number; please try again.")
  }

  /**
   * Moves a cart along `path` and logs each step, in one statement, only if it still
   * stands where the caller saw it: a cart changed meanwhile is refused, never moved from
   * a state nobody checked.
   */
  @InjectManager()
  async recordMoves(input: RecordMovesInput, @MedusaContext() sharedContext: Context = {}): Promise<CartMoveRow[]> {
    const to = input.path[input.path.length - 1]
    if (!to) {
      return []
    }
    const at = input.at ?? new Date()
    const froms = [input.from, ...input.path.slice(0, -1)]
    // A path's moves share their instant; ids handed out in ascending order keep them in order.
    const ids = input.path.map(() => generateEntityId(undefined, "cmv")).sort()
    const moves: CartMoveRow[] = input.path.map((state, i) => ({
      id: ids[i],
      from: froms[i],
      to: state,
      actor: input.actor,
      reason: input.reason ?? null,
      moved_at: at,
    }))
    const manager = sharedContext.manager as SqlEntityManager
    const logged: { id: string }[] = await manager.execute(
      `WITH moved AS (
         UPDATE cart_state SET state = ?, updated_at = now()
         WHERE cart_id = ? AND state = ? AND deleted_at IS NULL RETURNING cart_id
       )
       INSERT INTO cart_move (id, cart_id, "from", "to", actor, reason, moved_at)
       SELECT v.id, moved.cart_id, v.from_state, v.to_state, v.actor, v.reason, v.moved_at::timestamptz
       FROM moved, (VALUES ${moves.map(() => "(?, ?, ?, ?, ?, ?)").join(", ")})
         AS v(id, from_state, to_state, actor, reason, moved_at)
       RETURNING id`,
      [to, input.cart_id, input.from, ...moves.flatMap((m) => [m.id, m.from, m.to, m.actor, m.reason, m.moved_at])]
    )
    if (!logged.length) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "This cart changed meanwhile. Please try again.")
    }
    return moves
  }

  /** A cart's moves, oldest first: its history for the admin. */
  @InjectManager()
  async movesOfCart(cartId: string, @MedusaContext() sharedContext: Context = {}): Promise<CartMoveRow[]> {
    const manager = sharedContext.manager as SqlEntityManager
    return await manager.execute(
      `SELECT id, "from", "to", actor, reason, moved_at FROM cart_move
       WHERE cart_id = ? AND deleted_at IS NULL ORDER BY moved_at, id`,
      [cartId]
    )
  }

  /** Takes moves back (a workflow that made them failed): the cart returns to `from`. */
  @InjectTransactionManager()
  async undoMoves(
    input: { cart_id: string; from: CartStateName; move_ids: string[] },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(`UPDATE cart_state SET state = ?, updated_at = now() WHERE cart_id = ? AND deleted_at IS NULL`, [
      input.from,
      input.cart_id,
    ])
    if (input.move_ids.length) {
      await this.deleteCartMoves(input.move_ids, sharedContext)
    }
  }

  /**
   * Carts opened on each local day from `from` to `to` (`YYYY-MM-DD`), counted between
   * the day's real boundaries in the merchant's time zone: 23, 24 or 25 hours.
   */
  @InjectManager()
  async dailyTotals(input: { from: string; to: string }, @MedusaContext() sharedContext: Context = {}) {
    const days = localDays(input.from, input.to, this.options.timeZone)
    if (!days.length) {
      return []
    }
    const manager = sharedContext.manager as SqlEntityManager
    const rows: { opened_at: Date; state: CartStateName }[] = await manager.execute(
      `SELECT opened_at, state FROM cart_state WHERE deleted_at IS NULL AND opened_at >= ? AND opened_at < ?`,
      [days[0].starts_at, days[days.length - 1].ends_at]
    )
    return days.map((day) => {
      const inDay = rows.filter((row) => {
        const t = new Date(row.opened_at).getTime()
        return t >= day.starts_at.getTime() && t < day.ends_at.getTime()
      })
      const by_state: Partial<Record<CartStateName, number>> = {}
      for (const row of inDay) {
        by_state[row.state] = (by_state[row.state] ?? 0) + 1
      }
      return { ...day, carts: inDay.length, by_state }
    })
  }
}

export default CartStateModuleService
