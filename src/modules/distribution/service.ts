import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { randomBytes } from "node:crypto"
import { SecretBox } from "../../lib/secret-box"
import { Logger, serverKey } from "../../lib/server-secret"
import DistributorSecret from "./models/distributor-secret"
import HandOff from "./models/hand-off"
import HandOffAttempt from "./models/hand-off-attempt"
import { afterAttempt, DEFAULT_RETRY_POLICY, RetryPolicy } from "./retry-policy"
import { sendHandOff } from "./send-hand-off"

export type DistributionOptions = Partial<RetryPolicy> & {
  /** The plugin's server secret (`FEDERATED_CART_SECRET`); distributor secrets are encrypted under it. */
  secret?: string
  /** How long one delivery may take before it counts as failed (ms). */
  timeoutMs?: number
}

export type RecipientKind = "distributor" | "partner"

/** A distributor hand-off: one store order, keyed by it. */
type NewDistributorHandOff = {
  recipient_kind?: "distributor"
  order_group_id: string
  order_id: string
  federated_store_id: string
  url: string
  payload: Record<string, unknown>
}

/** A partner delivery: one fulfillment's lines for the cart's partner account, keyed by the fulfillment. */
export type NewPartnerDelivery = {
  recipient_kind: "partner"
  order_group_id: string
  order_id: string
  partner_id: string
  fulfillment_id: string
  url: string
  payload: Record<string, unknown>
}

export type NewHandOff = NewDistributorHandOff | NewPartnerDelivery

/**
 * The key a recipient applies once, made from the message's subject: the same subject
 * (a redelivered event) always finds the same message.
 */
export const idempotencyKeyOf = (row: NewHandOff) =>
  row.recipient_kind === "partner" ? `partner-delivery:${row.fulfillment_id}` : `hand-off:${row.order_id}`

/** A hand-off one sender has claimed for one attempt; only that sender records its outcome. */
export type ClaimedHandOff = {
  id: string
  url: string
  idempotency_key: string
  payload: Record<string, unknown>
  recipient_kind: RecipientKind
  federated_store_id: string | null
  partner_id: string | null
  attempts: number
  claim_token: string
}

/**
 * How one claimed message is signed and where it goes, resolved by the caller for each
 * recipient: a partner's key lives in the partner module, which this module does not reach.
 * `url` replaces the frozen address when the recipient's address is looked up at send time.
 */
export type Signing = { secret: string; keyId?: string; url?: string | null }

export type HandOffTrigger = "placed" | "schedule" | "manual"

type AttemptRow = {
  hand_off_id: string
  number: number
  trigger: HandOffTrigger
  outcome: "acknowledged" | "failed"
  response_status: number | null
  error: string | null
  started_at: Date
  duration_ms: number
}

const CLAIMED_COLUMNS = "id, url, idempotency_key, payload, recipient_kind, federated_store_id, partner_id, attempts, claim_token"
// Claims run on the database's clock, one clock for every instance whatever their own say.
const CLAIM_UNTIL = "clock_timestamp() + make_interval(secs => ? / 1000.0)"
const UNCLAIMED = "(claimed_until IS NULL OR claimed_until < clock_timestamp())"

class DistributionModuleService extends MedusaService({ HandOff, HandOffAttempt, DistributorSecret }) {
  private readonly box: SecretBox
  readonly retryPolicy: RetryPolicy
  private readonly timeoutMs: number

  constructor(container: { logger?: Logger }, options: DistributionOptions = {}, ...moduleArgs: unknown[]) {
    super(container, options, ...moduleArgs)
    this.box = new SecretBox(serverKey(options.secret, "distributor secrets", container.logger))
    this.retryPolicy = {
      maxAttempts: options.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts,
      baseSeconds: options.baseSeconds ?? DEFAULT_RETRY_POLICY.baseSeconds,
      maxSeconds: options.maxSeconds ?? DEFAULT_RETRY_POLICY.maxSeconds,
      jitter: options.jitter ?? DEFAULT_RETRY_POLICY.jitter,
    }
    this.timeoutMs = options.timeoutMs ?? 10_000
  }

  /** A claim outlives the slowest delivery, so it never runs out while its sender still waits. */
  private get claimMs() {
    return this.timeoutMs + 30_000
  }

  /** A new signing secret for a store, replacing any old one. Returned here in clear and never again. */
  async issueSecret(federatedStoreId: string) {
    const secret = randomBytes(32).toString("base64url")
    const sealed = { secret_ciphertext: this.box.seal(secret), secret_hint: secret.slice(-4) }
    const [current] = await this.listDistributorSecrets({ federated_store_id: federatedStoreId })
    const saved = current
      ? await this.updateDistributorSecrets({ id: current.id, ...sealed })
      : await this.createDistributorSecrets({ federated_store_id: federatedStoreId, ...sealed })
    return { secret, hint: saved.secret_hint, previous: current ?? null }
  }

  /**
   * The secret a store's hand-offs are signed with. A store made before secrets existed
   * gets one here, on its first hand-off: its distributor learns it when an admin rotates it.
   */
  @InjectManager()
  async signingSecret(federatedStoreId: string, @MedusaContext() sharedContext: Context = {}) {
    const [existing] = await this.listDistributorSecrets({ federated_store_id: federatedStoreId }, {}, sharedContext)
    if (existing) {
      return this.box.open(existing.secret_ciphertext)
    }
    const manager = sharedContext.manager as SqlEntityManager
    const secret = randomBytes(32).toString("base64url")
    // Racing first hand-offs of one store: the unique index keeps the first secret.
    await manager.execute(
      `INSERT INTO distributor_secret (id, federated_store_id, secret_ciphertext, secret_hint) VALUES (?, ?, ?, ?)
       ON CONFLICT (federated_store_id) WHERE deleted_at IS NULL DO NOTHING`,
      [generateEntityId(undefined, "dsec"), federatedStoreId, this.box.seal(secret), secret.slice(-4)]
    )
    const [row] = await this.listDistributorSecrets({ federated_store_id: federatedStoreId }, {}, sharedContext)
    return this.box.open(row.secret_ciphertext)
  }

  /**
   * One message per subject (store order or fulfillment), due now. Repeating it (a
   * redelivered event) finds the existing ones instead of making more.
   */
  @InjectManager()
  async openHandOffs(rows: NewHandOff[], now = new Date(), @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as SqlEntityManager
    const created: string[] = []
    for (const row of rows) {
      const id = generateEntityId(undefined, "hoff")
      const [federatedStoreId, partnerId, fulfillmentId] =
        row.recipient_kind === "partner" ? [null, row.partner_id, row.fulfillment_id] : [row.federated_store_id, null, null]
      const inserted: { id: string }[] = await manager.execute(
        `INSERT INTO hand_off (id, order_group_id, order_id, recipient_kind, federated_store_id, partner_id, fulfillment_id,
           url, idempotency_key, payload, next_attempt_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (idempotency_key) WHERE deleted_at IS NULL DO NOTHING RETURNING id`,
        [
          id,
          row.order_group_id,
          row.order_id,
          row.recipient_kind ?? "distributor",
          federatedStoreId,
          partnerId,
          fulfillmentId,
          row.url,
          idempotencyKeyOf(row),
          JSON.stringify(row.payload),
          now,
        ]
      )
      created.push(...inserted.map((r) => r.id))
    }
    const all = await this.listHandOffs({ idempotency_key: rows.map(idempotencyKeyOf) }, { select: ["id"] }, sharedContext)
    return { created, ids: all.map((handOff) => handOff.id) }
  }

  /**
   * Claims pending hand-offs due at `now` (optionally only some), one attempt each, in one
   * conditional UPDATE: two instances running the job at once never claim the same row
   * (SKIP LOCKED), and a row already claimed is left alone until its claim runs out.
   */
  @InjectManager()
  async claimDue(
    { now = new Date(), ids, limit = 50 }: { now?: Date; ids?: string[]; limit?: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ClaimedHandOff[]> {
    const manager = sharedContext.manager as SqlEntityManager
    const onlyIds = ids ? `AND id IN (${ids.map(() => "?").join(", ")})` : ""
    return manager.execute(
      `UPDATE hand_off SET attempts = attempts + 1, claim_token = gen_random_uuid()::text,
         claimed_until = ${CLAIM_UNTIL}, updated_at = now()
       WHERE id IN (
         SELECT id FROM hand_off
         WHERE deleted_at IS NULL AND status = 'pending' AND next_attempt_at <= ?
           AND ${UNCLAIMED} ${onlyIds}
         ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
       RETURNING ${CLAIMED_COLUMNS}`,
      [this.claimMs, now, ...(ids ?? []), limit]
    )
  }

  /**
   * Claims one hand-off for an admin's "retry now", whether due or given up (`failed`).
   * Null when it is acknowledged or another sender holds it right now.
   */
  @InjectManager()
  async claimForRetry(id: string, @MedusaContext() sharedContext: Context = {}): Promise<ClaimedHandOff | null> {
    const manager = sharedContext.manager as SqlEntityManager
    const [claimed]: ClaimedHandOff[] = await manager.execute(
      `UPDATE hand_off SET attempts = attempts + 1, status = 'pending', claim_token = gen_random_uuid()::text,
         claimed_until = ${CLAIM_UNTIL}, updated_at = now()
       WHERE id = ? AND deleted_at IS NULL AND status <> 'acknowledged' AND ${UNCLAIMED}
       RETURNING ${CLAIMED_COLUMNS}`,
      [this.claimMs, id]
    )
    return claimed ?? null
  }

  /**
   * Sends each claimed message once, signed as `signingOf` says for its recipient (a
   * distributor's store secret, a partner's newest key), and records what happened.
   */
  async deliverClaimed(
    claimed: ClaimedHandOff[],
    trigger: HandOffTrigger,
    signingOf: (handOff: ClaimedHandOff) => Promise<Signing>,
    now = new Date()
  ) {
    return Promise.all(claimed.map((handOff) => this.deliverOne(handOff, trigger, signingOf, now)))
  }

  private async deliverOne(
    handOff: ClaimedHandOff,
    trigger: HandOffTrigger,
    signingOf: (handOff: ClaimedHandOff) => Promise<Signing>,
    now: Date
  ) {
    const started_at = new Date()
    // A recipient that cannot be signed for or addressed yet (a partner without a delivery
    // URL or a live key) is a failed attempt like any other: logged with its reason, retried.
    const signing = await signingOf(handOff).catch((error: Error) => error)
    const url = signing instanceof Error ? handOff.url : signing.url || handOff.url
    const result =
      signing instanceof Error
        ? { acknowledged: false, status: null, error: signing.message.slice(0, 300), duration_ms: 0 }
        : await sendHandOff({
            url,
            rawBody: JSON.stringify(handOff.payload),
            secret: signing.secret,
            keyId: signing.keyId,
            idempotencyKey: handOff.idempotency_key,
            attempt: handOff.attempts,
            timeoutMs: this.timeoutMs,
          })
    const verdict = afterAttempt({ attempts: handOff.attempts, acknowledged: result.acknowledged, now }, this.retryPolicy)
    await this.recordAttempt(
      handOff,
      {
        ...verdict,
        url,
        last_status: result.status,
        last_error: result.error,
        acknowledged_at: result.acknowledged ? new Date() : null,
      },
      {
        hand_off_id: handOff.id,
        number: handOff.attempts,
        trigger,
        outcome: result.acknowledged ? "acknowledged" : "failed",
        response_status: result.status,
        error: result.error,
        started_at,
        duration_ms: result.duration_ms,
      }
    )
    return { id: handOff.id, recipient_kind: handOff.recipient_kind, attempt: handOff.attempts, ...verdict, ...result }
  }

  /**
   * Logs an attempt and applies its outcome, together, so the admin never sees a status
   * without the attempt behind it. The outcome applies only while the claim still holds:
   * a late sender never overwrites a newer attempt.
   */
  @InjectTransactionManager()
  private async recordAttempt(
    handOff: ClaimedHandOff,
    outcome: {
      status: string
      next_attempt_at: Date | null
      url: string
      last_status: number | null
      last_error: string | null
      acknowledged_at: Date | null
    },
    attempt: AttemptRow,
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.createHandOffAttempts(attempt, sharedContext)
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(
      `UPDATE hand_off SET status = ?, next_attempt_at = ?, url = ?, last_status = ?, last_error = ?,
         acknowledged_at = COALESCE(acknowledged_at, ?), claim_token = NULL, claimed_until = NULL, updated_at = now()
       WHERE id = ? AND claim_token = ?`,
      [
        outcome.status,
        outcome.next_attempt_at,
        outcome.url,
        outcome.last_status,
        outcome.last_error,
        outcome.acknowledged_at,
        handOff.id,
        handOff.claim_token,
      ]
    )
  }
}

export default DistributionModuleService
