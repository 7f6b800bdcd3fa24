import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { AttemptLimits, CodeAttempts, DEFAULT_ATTEMPT_LIMITS } from "../../lib/code-attempts"
import { CodeHasher, newCode, normalizeCode } from "../../lib/codes"
import type { Logger } from "../../lib/server-secret"
import AccessCode from "./models/access-code"
import AccessCodeRedemption from "./models/access-code-redemption"
import Invitation from "./models/invitation"

export type InvitationOptions = {
  /** The plugin's server secret (`FEDERATED_CART_SECRET`); codes are stored as HMACs under it. */
  secret?: string
  /** Counts wrong attempts in Redis when set, in memory otherwise. */
  redisUrl?: string
  attempts?: Partial<AttemptLimits>
}

/** One answer for every code that does not open anything: unknown, used up, expired or revoked. */
export const INVALID_CODE = "This code is not valid."
const refuseCode = () => new MedusaError(MedusaError.Types.INVALID_DATA, INVALID_CODE)

export type CodeSpec = { email: string | null; max_uses: number }
export type IssuedCode = { id: string; email: string | null; code: string; last4: string }
export type Redemption = {
  access_code_id: string
  redemption_id: string | null
  product_ids: string[]
  expires_at: Date | null
}

class InvitationModuleService extends MedusaService({ Invitation, AccessCode, AccessCodeRedemption }) {
  readonly attempts: CodeAttempts
  private readonly hasher: CodeHasher

  constructor(container: { logger?: Logger }, options: InvitationOptions = {}, ...moduleArgs: unknown[]) {
    super(container, options, ...moduleArgs)
    this.hasher = new CodeHasher(options.secret, "access codes", container.logger)
    this.attempts = new CodeAttempts({ ...DEFAULT_ATTEMPT_LIMITS, ...options.attempts }, options.redisUrl)
  }

  private hash(normalized: string) {
    return this.hasher.hash(normalized)
  }

  /** New codes for an invitation. The codes themselves are returned here and stored nowhere. */
  async issueCodes(invitationId: string, specs: CodeSpec[]): Promise<IssuedCode[]> {
    const fresh = specs.map((spec) => ({ ...spec, code: newCode() }))
    const rows = await this.createAccessCodes(
      fresh.map(({ email, max_uses, code }) => ({
        invitation_id: invitationId,
        email,
        max_uses,
        code_hash: this.hash(normalizeCode(code)!),
        last4: code.slice(-4),
      }))
    )
    return rows.map((row, i) => ({ id: row.id, email: row.email, code: fresh[i].code, last4: row.last4 }))
  }

  /**
   * Fresh codes in place of some (a lost e-mail): the old codes stop working, uses and
   * redemptions stay. Returns the new codes, and what to put back to undo it.
   */
  async reissueCodes(codeIds: string[]) {
    const current = await this.listAccessCodes({ id: codeIds }, { select: ["id", "email", "code_hash", "last4"] })
    const fresh = current.map((code) => ({ ...code, code: newCode() }))
    await this.updateAccessCodes(
      fresh.map(({ id, code }) => ({ id, code_hash: this.hash(normalizeCode(code)!), last4: code.slice(-4), sent_at: null }))
    )
    const issued: IssuedCode[] = fresh.map(({ id, email, code }) => ({ id, email, code, last4: code.slice(-4) }))
    const previous = current.map(({ id, code_hash, last4 }) => ({ id, code_hash, last4 }))
    return { issued, previous }
  }

  /**
   * Spends one use of a code for a cart, in one transaction: the use count only grows
   * while under the limit (the row lock makes racing redemptions queue, and each sees the
   * count the previous one left), so a code is never used more than it allows. A cart
   * that already entered the code spends nothing again.
   */
  @InjectTransactionManager()
  async redeem(
    input: { code: string; cart_id: string; now?: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Redemption> {
    const normalized = normalizeCode(input.code)
    if (!normalized) {
      throw refuseCode()
    }
    const hash = this.hash(normalized)
    const [code] = await this.listAccessCodes({ code_hash: hash }, { relations: ["invitation"] }, sharedContext)
    const now = input.now ?? new Date()
    const usable =
      code &&
      this.hasher.matches(code.code_hash, hash) &&
      !code.invitation.revoked_at &&
      (!code.invitation.expires_at || new Date(code.invitation.expires_at) > now)
    if (!usable) {
      throw refuseCode()
    }
    const redemption = {
      access_code_id: code.id,
      product_ids: code.invitation.product_ids,
      expires_at: code.invitation.expires_at ? new Date(code.invitation.expires_at) : null,
    }
    const manager = sharedContext.transactionManager as SqlEntityManager
    const [redeemed]: { id: string }[] = await manager.execute(
      `INSERT INTO access_code_redemption (id, access_code_id, cart_id) VALUES (?, ?, ?)
       ON CONFLICT DO NOTHING RETURNING id`,
      [generateEntityId(undefined, "acred"), code.id, input.cart_id]
    )
    if (!redeemed) {
      return { ...redemption, redemption_id: null }
    }
    const spent: { id: string }[] = await manager.execute(
      `UPDATE access_code SET uses = uses + 1, updated_at = now() WHERE id = ? AND uses < max_uses RETURNING id`,
      [code.id]
    )
    if (!spent.length) {
      throw refuseCode()
    }
    return { ...redemption, redemption_id: redeemed.id }
  }

  /** Gives a redemption's use back (when the rest of the unlock failed). */
  @InjectTransactionManager()
  async undoRedemption(redemptionId: string, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(
      `WITH gone AS (DELETE FROM access_code_redemption WHERE id = ? RETURNING access_code_id)
       UPDATE access_code SET uses = uses - 1 WHERE id IN (SELECT access_code_id FROM gone)`,
      [redemptionId]
    )
  }
}

export default InvitationModuleService
