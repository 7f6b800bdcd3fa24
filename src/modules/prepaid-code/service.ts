import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { CodeHasher, newCode, normalizeCode } from "../../lib/codes"
import type { Logger } from "../../lib/server-secret"
import PrepaidCode from "./models/prepaid-code"

export type PrepaidCodeOptions = {
  /** The plugin's server secret (`FEDERATED_CART_SECRET`); codes are stored as HMACs under it. */
  secret?: string
}

const ISSUE_SLICE = 1000

type InsertedCode = { id: string; issued_line_item_id: string; issued_unit: number; code_hash: string }

/** The purpose the hashing key is derived for: each use of the server secret gets its own key (src/lib/server-secret.ts). */
export const PREPAID_CODE_HASH_PURPOSE = "prepaid codes"

/** The same answer as access codes give: unknown, taken, redeemed and revoked codes look alike. */
export const INVALID_CODE = "This code is not valid."
export const refuseCode = () => new MedusaError(MedusaError.Types.INVALID_DATA, INVALID_CODE)

/** A code in clear, handed out once (by e-mail or in an admin's batch) and stored nowhere. */
export type IssuedPrepaidCode = { id: string; code: string; last4: string; line_item_id: string | null; unit: number | null }

/** What a code's units were bought as: one code per unit of each line. */
export type IssuingLine = { line_item_id: string; product_id: string; variant_id: string; quantity: number }

export type IssuingOrder = {
  order_id: string
  order_group_id: string | null
  fulfillment_id: string
  email: string | null
  lines: IssuingLine[]
}

/** A code as a redemption sees it: what it opens, and who holds it now. */
export type FoundPrepaidCode = {
  id: string
  product_id: string
  variant_id: string
  status: "issued" | "reserved"
  reserved_cart_id: string | null
  reserved_line_item_id: string | null
  reserved_at: Date | null
}

class PrepaidCodeModuleService extends MedusaService({ PrepaidCode }) {
  private readonly hasher: CodeHasher

  constructor(container: { logger?: Logger }, options: PrepaidCodeOptions = {}, ...moduleArgs: unknown[]) {
    super(container, options, ...moduleArgs)
    this.hasher = new CodeHasher(options.secret, PREPAID_CODE_HASH_PURPOSE, container.logger)
  }

  /** A fresh code with what is stored of it: its keyed hash and last 4. */
  private newCodeRow() {
    const code = newCode()
    return { code, code_hash: this.hasher.hash(normalizeCode(code)!), last4: code.slice(-4) }
  }

  /**
   * One code per unit of each line of a fulfilled order. A replayed delivery makes
   * nothing twice: the units already issued are skipped (the unique index on fulfillment,
   * line and unit decides between racing deliveries), and only codes made now come back
   * in clear, to be mailed.
   */
  @InjectTransactionManager()
  async issueForOrder(order: IssuingOrder, @MedusaContext() sharedContext: Context = {}): Promise<IssuedPrepaidCode[]> {
    const units = order.lines.flatMap((line) =>
      Array.from({ length: line.quantity }, (_, unit) => ({ ...line, unit, ...this.newCodeRow() }))
    )
    if (!units.length) {
      return []
    }
    const manager = sharedContext.transactionManager as SqlEntityManager
    const inserted: InsertedCode[] = []
    // PostgreSQL takes at most 65,535 parameters a statement: a large line goes in slices.
    for (let start = 0; start < units.length; start += ISSUE_SLICE) {
      const slice = units.slice(start, start + ISSUE_SLICE)
      const params = slice.flatMap((unit) => [
        generateEntityId(undefined, "ppc"),
        unit.product_id,
        unit.variant_id,
        unit.code_hash,
        unit.last4,
        order.order_id,
        order.order_group_id,
        unit.line_item_id,
        order.fulfillment_id,
        unit.unit,
        order.email,
      ])
      const made: InsertedCode[] = await manager.execute(
        `INSERT INTO prepaid_code (id, product_id, variant_id, code_hash, last4, issued_order_id, issued_order_group_id,
           issued_line_item_id, issued_fulfillment_id, issued_unit, email)
         VALUES ${slice.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").join(", ")}
         ON CONFLICT (issued_fulfillment_id, issued_line_item_id, issued_unit) WHERE issued_fulfillment_id IS NOT NULL AND deleted_at IS NULL
         DO NOTHING RETURNING id, issued_line_item_id, issued_unit, code_hash`,
        params
      )
      inserted.push(...made)
    }
    return inserted.map((made) => {
      const unit = units.find((candidate) => candidate.code_hash === made.code_hash)!
      return { id: made.id, code: unit.code, last4: unit.last4, line_item_id: made.issued_line_item_id, unit: made.issued_unit }
    })
  }

  /** An admin's batch of codes for a variant: returned in clear this once, stored only hashed. */
  async generateBatch(input: { product_id: string; variant_id: string; count: number }) {
    const batchId = generateEntityId(undefined, "ppcb")
    const fresh = Array.from({ length: input.count }, () => this.newCodeRow())
    const created = await this.createPrepaidCodes(
      fresh.map(({ code_hash, last4 }) => ({
        product_id: input.product_id,
        variant_id: input.variant_id,
        code_hash,
        last4,
        batch_id: batchId,
      }))
    )
    return {
      batch_id: batchId,
      codes: created.map((made, i): IssuedPrepaidCode => ({
        id: made.id,
        code: fresh[i].code,
        last4: made.last4,
        line_item_id: null,
        unit: null,
      })),
    }
  }

  /**
   * The code a shopper typed, if it can still be redeemed (issued, or reserved by some
   * cart whose hold may have lapsed): looked up by its keyed hash through the unique
   * index, then compared in constant time. Anything else is the one generic refusal.
   */
  @InjectManager()
  async findRedeemable(typed: string, @MedusaContext() sharedContext: Context = {}): Promise<FoundPrepaidCode> {
    const normalized = normalizeCode(typed)
    if (!normalized) {
      throw refuseCode()
    }
    const hash = this.hasher.hash(normalized)
    const manager = sharedContext.manager as SqlEntityManager
    const [found]: (FoundPrepaidCode & { code_hash: string })[] = await manager.execute(
      `SELECT id, product_id, variant_id, status, code_hash, reserved_cart_id, reserved_line_item_id, reserved_at
       FROM prepaid_code WHERE code_hash = ? AND deleted_at IS NULL`,
      [hash]
    )
    if (!found || !this.hasher.matches(found.code_hash, hash) || (found.status !== "issued" && found.status !== "reserved")) {
      throw refuseCode()
    }
    const { code_hash: _hash, ...code } = found
    return code
  }

  /**
   * Reserves a code for a cart in one conditional UPDATE: it succeeds only if the code is
   * still as the caller saw it (issued, or reserved by the lapsed holder it checked). Of
   * racing carts the row lock lets one through; the others find the row changed and get
   * the generic refusal. Returns what to put back to undo it.
   */
  @InjectTransactionManager()
  async reserve(seen: FoundPrepaidCode, cartId: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const taken: { id: string }[] = await manager.execute(
      `UPDATE prepaid_code
       SET status = 'reserved', reserved_cart_id = ?, reserved_line_item_id = NULL, reserved_at = now(), updated_at = now()
       WHERE id = ? AND status = ? AND reserved_cart_id IS NOT DISTINCT FROM ? AND reserved_line_item_id IS NOT DISTINCT FROM ?
       RETURNING id`,
      [cartId, seen.id, seen.status, seen.reserved_cart_id, seen.reserved_line_item_id]
    )
    if (!taken.length) {
      throw refuseCode()
    }
    return { id: seen.id, cart_id: cartId, previous: seen }
  }

  /** Ties a reservation to the cart line it was redeemed into: the line's hold is now the reservation's. */
  @InjectTransactionManager()
  async attachLine(input: { id: string; cart_id: string; line_item_id: string }, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(
      `UPDATE prepaid_code SET reserved_line_item_id = ?, updated_at = now() WHERE id = ? AND status = 'reserved' AND reserved_cart_id = ?`,
      [input.line_item_id, input.id, input.cart_id]
    )
  }

  /** Gives a reservation back to the state it was taken from (a redemption that failed later). */
  @InjectTransactionManager()
  async undoReservation(
    reservation: { id: string; cart_id: string; previous: FoundPrepaidCode },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const { previous } = reservation
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(
      `UPDATE prepaid_code SET status = ?, reserved_cart_id = ?, reserved_line_item_id = ?, reserved_at = ?, updated_at = now()
       WHERE id = ? AND status = 'reserved' AND reserved_cart_id = ?`,
      [
        previous.status,
        previous.reserved_cart_id,
        previous.reserved_line_item_id,
        previous.reserved_at,
        previous.id,
        reservation.cart_id,
      ]
    )
  }

  /**
   * Marks the reserved codes of a cart's lines redeemed by its order, all or none: a line
   * whose code is no longer reserved for this cart and line (another cart took it after
   * the hold lapsed, or an admin revoked it) refuses the checkout.
   */
  @InjectTransactionManager()
  async redeemForCart(
    input: {
      cart_id: string
      order_group_id: string | null
      lines: { line_item_id: string; code_id: string; order_id: string | null }[]
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (!input.lines.length) {
      return []
    }
    const manager = sharedContext.transactionManager as SqlEntityManager
    const redeemed: { id: string }[] = await manager.execute(
      `UPDATE prepaid_code AS code
       SET status = 'redeemed', redeemed_order_id = wanted.order_id, redeemed_order_group_id = ?, redeemed_at = now(), updated_at = now()
       FROM jsonb_to_recordset(?::jsonb) AS wanted(id text, line_item_id text, order_id text)
       WHERE code.id = wanted.id AND code.reserved_line_item_id = wanted.line_item_id
         AND code.status = 'reserved' AND code.reserved_cart_id = ?
       RETURNING code.id`,
      [
        input.order_group_id,
        JSON.stringify(
          input.lines.map((line) => ({ id: line.code_id, line_item_id: line.line_item_id, order_id: line.order_id }))
        ),
        input.cart_id,
      ]
    )
    if (redeemed.length !== input.lines.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "A prepaid code in this cart is no longer reserved for it. Remove that item and enter the code again."
      )
    }
    return redeemed.map((code) => code.id)
  }

  /** Undoes `redeemForCart` (a checkout that failed after it): the codes are reserved again. */
  async undoRedemption(codeIds: string[]) {
    if (codeIds.length) {
      await this.updatePrepaidCodes(
        codeIds.map((id) => ({
          id,
          status: "reserved" as const,
          redeemed_order_id: null,
          redeemed_order_group_id: null,
          redeemed_at: null,
        }))
      )
    }
  }

  /** Revokes codes not yet redeemed; returns the ones it revoked. A redeemed code stays redeemed. */
  @InjectTransactionManager()
  async revoke(ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const revoked: { id: string }[] = await manager.execute(
      `UPDATE prepaid_code SET status = 'revoked', revoked_at = now(), updated_at = now()
       WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb)) AND status IN ('issued', 'reserved') RETURNING id`,
      [JSON.stringify(ids)]
    )
    return revoked.map((code) => code.id)
  }
}

export default PrepaidCodeModuleService
