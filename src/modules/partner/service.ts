import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { randomBytes } from "node:crypto"
import { Logger, serverKey } from "../../lib/server-secret"
import { claimsProblem, parseToken, signedWith } from "./handshake-token"
import HandshakeNonce from "./models/handshake-nonce"
import Partner from "./models/partner"
import PartnerAccount from "./models/partner-account"
import PartnerKey from "./models/partner-key"
import { SecretBox } from "../../lib/secret-box"

export type PartnerOptions = {
  /** The plugin's server secret (`FEDERATED_CART_SECRET`); partner secrets are encrypted under it. */
  secret?: string
}

/** Every refused handshake gets this one answer: which check failed is for the log only. */
export const INVALID_HANDSHAKE = "The partner handshake is not valid."

export const refuseHandshake = () => new MedusaError(MedusaError.Types.UNAUTHORIZED, INVALID_HANDSHAKE)

class PartnerModuleService extends MedusaService({ Partner, PartnerKey, PartnerAccount, HandshakeNonce }) {
  private readonly box: SecretBox

  constructor(container: { logger?: Logger }, options: PartnerOptions = {}, ...moduleArgs: unknown[]) {
    super(container, options, ...moduleArgs)
    this.box = new SecretBox(serverKey(options.secret, "partner secrets", container.logger))
  }

  /** A new signing key for a partner. Its secret is returned here and never again. */
  async issueKey(partnerId: string) {
    const secret = randomBytes(32).toString("base64url")
    const key = await this.createPartnerKeys({
      partner_id: partnerId,
      secret_ciphertext: this.box.seal(secret),
      secret_hint: secret.slice(-4),
    })
    return { key_id: key.id, secret }
  }

  /** The partner's current keys end `overlapMinutes` from now, so tokens signed with them keep working until then. */
  async retireKeys(partnerId: string, overlapMinutes: number, exceptKeyId: string, now = new Date()) {
    const current = await this.listPartnerKeys({ partner_id: partnerId, expires_at: null, id: { $ne: exceptKeyId } })
    const expires_at = new Date(now.getTime() + overlapMinutes * 60_000)
    await this.updatePartnerKeys(current.map((key) => ({ id: key.id, expires_at })))
    return current.map((key) => ({ id: key.id, expires_at }))
  }

  /**
   * The key immediate deliveries to a partner are signed with: its newest live key (the one
   * the admin rotated in last), so a partner that deployed its new secret checks with it,
   * and the key id travels along for a partner still holding both during the overlap.
   */
  async deliverySigningKey(partnerId: string, now = new Date()) {
    const [key] = await this.listPartnerKeys(
      { partner_id: partnerId, $or: [{ expires_at: null }, { expires_at: { $gt: now } }] },
      { order: { created_at: "DESC" }, take: 1 }
    )
    if (!key) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Partner ${partnerId} has no live signing key.`)
    }
    return { key_id: key.id, secret: this.box.open(key.secret_ciphertext) }
  }

  /** A partner's live key by id, in clear: what the demo partner (inside this server) checks deliveries with. */
  async liveKeySecret(partnerId: string, keyId: string, now = new Date()) {
    const [key] = await this.listPartnerKeys({
      id: keyId,
      partner_id: partnerId,
      $or: [{ expires_at: null }, { expires_at: { $gt: now } }],
    })
    return key ? this.box.open(key.secret_ciphertext) : null
  }

  /**
   * The partner and claims of a handshake token signed with a live key of that partner,
   * fresh at `now`. Anything else is refused with the one generic 401.
   */
  async verifyHandshake(token: string, now = new Date()) {
    const parsed = parseToken(token)
    if (!parsed) {
      throw refuseHandshake()
    }
    const [key] = await this.listPartnerKeys({
      id: parsed.kid,
      $or: [{ expires_at: null }, { expires_at: { $gt: now } }],
    })
    if (!key || !signedWith(parsed, this.box.open(key.secret_ciphertext)) || claimsProblem(parsed.claims, now)) {
      throw refuseHandshake()
    }
    return { partner_id: key.partner_id, claims: parsed.claims }
  }

  /**
   * Spends a token's nonce. The unique index decides between racing requests: exactly one
   * insert succeeds; the others (and every later replay) are refused.
   */
  @InjectManager()
  async spendNonce(input: { partner_id: string; nonce: string; expires_at: Date }, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as SqlEntityManager
    const inserted: { id: string }[] = await manager.execute(
      `INSERT INTO handshake_nonce (id, partner_id, nonce, expires_at) VALUES (?, ?, ?, ?)
       ON CONFLICT DO NOTHING RETURNING id`,
      [generateEntityId(undefined, "hsn"), input.partner_id, input.nonce, input.expires_at]
    )
    if (!inserted.length) {
      throw refuseHandshake()
    }
    return inserted[0].id
  }

  /** Forgets nonces of tokens that ran out: an expired token is refused before its nonce is looked at. */
  @InjectManager()
  async forgetSpentNonces(now = new Date(), @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as SqlEntityManager
    await manager.execute(`DELETE FROM handshake_nonce WHERE expires_at < ?`, [now])
  }

  /**
   * The partner's account a handshake names, made on first sight. Its display name and
   * the products it owns follow the latest handshake.
   */
  @InjectManager()
  async upsertAccount(
    input: { partner_id: string; account_ref: string; display_name: string | null; owned_product_handles: string[] | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.manager as SqlEntityManager
    const id = generateEntityId(undefined, "pacc")
    const [row]: { id: string; created: boolean }[] = await manager.execute(
      `INSERT INTO partner_account (id, partner_id, account_ref, display_name) VALUES (?, ?, ?, ?)
       ON CONFLICT (partner_id, account_ref) WHERE deleted_at IS NULL
       DO UPDATE SET display_name = COALESCE(EXCLUDED.display_name, partner_account.display_name), updated_at = now()
       RETURNING id, (id = ?) AS created`,
      [id, input.partner_id, input.account_ref, input.display_name, id]
    )
    await this.updatePartnerAccounts({ id: row.id, owned_product_handles: input.owned_product_handles }, sharedContext)
    return row
  }
}

export default PartnerModuleService
