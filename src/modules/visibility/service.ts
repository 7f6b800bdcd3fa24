import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import ProductVisibility from "./models/product-visibility"
import Unlock from "./models/unlock"
import { hiddenProducts, Restriction } from "./rules"

export type VisibilityOptions = {
  /** How long a partner handshake keeps protected products open for its cart (minutes). */
  partnerUnlockMinutes?: number
  /**
   * `false` hides nothing: every product is public to everyone. Only for measuring the
   * rules' cost against core's listing (the listing benchmark's baseline); never in a shop.
   */
  enforced?: boolean
}

export const DEFAULT_VISIBILITY_OPTIONS: Required<VisibilityOptions> = {
  partnerUnlockMinutes: 120,
  enforced: true,
}

/**
 * Whose unlocks apply: a cart's, and its logged-in customer's. The customer is looked up
 * only when some product is restricted (most catalogues restrict none).
 */
export type Shopper = { cartId: string | null; customer?: () => Promise<string | null> }

class VisibilityModuleService extends MedusaService({ ProductVisibility, Unlock }) {
  readonly options: Required<VisibilityOptions>

  constructor(container: Record<string, unknown>, options: VisibilityOptions = {}, ...moduleArgs: unknown[]) {
    super(container, options, ...moduleArgs)
    this.options = { ...DEFAULT_VISIBILITY_OPTIONS, ...options }
  }

  /**
   * The products a shopper may not see or buy: every non-public product its live unlocks
   * do not open. A shopper is its cart (or none) and its logged-in customer (or none): a
   * code's unlock opens to the cart it was entered in and to every cart of the customer
   * who entered it. With `productIds`, only those are considered.
   */
  async hiddenProductIds(shopper: Shopper, { productIds, now = new Date() }: { productIds?: string[]; now?: Date } = {}) {
    if (!this.options.enforced || (productIds && !productIds.length)) {
      return []
    }
    const restrictions = await this.restrictions(productIds)
    if (!restrictions.length) {
      return []
    }
    const customerId = (await shopper.customer?.()) ?? null
    const whose = [...(shopper.cartId ? [{ cart_id: shopper.cartId }] : []), ...(customerId ? [{ customer_id: customerId }] : [])]
    const unlocks = whose.length
      ? await this.listUnlocks(
          { $and: [{ $or: whose }, { $or: [{ expires_at: null }, { expires_at: { $gt: now } }] }] },
          { select: ["reason", "partner_id", "product_id", "expires_at"] }
        )
      : []
    return hiddenProducts(restrictions, unlocks, now)
  }

  /**
   * The non-public products (of `productIds`, or all). Read on every catalogue request,
   * for up to every product of a shop: one plain query, not a thousand hydrated entities.
   */
  @InjectManager()
  async restrictions(productIds?: string[], @MedusaContext() sharedContext: Context = {}): Promise<Restriction[]> {
    const manager = sharedContext.manager as SqlEntityManager
    return manager.execute(
      `SELECT product_id, kind, partner_id FROM product_visibility
        WHERE kind <> 'public' AND deleted_at IS NULL${productIds ? " AND product_id IN (?)" : ""}`,
      productIds ? [productIds] : []
    )
  }

  /** The partner accounts a cart is bound to by live handshakes, newest first. */
  async partnerAccountsOf(cartId: string, now = new Date()) {
    const unlocks = await this.listUnlocks(
      { cart_id: cartId, reason: "partner", expires_at: { $gt: now } },
      { select: ["partner_id", "partner_account_id"], order: { created_at: "DESC" } }
    )
    return unlocks.flatMap(({ partner_id, partner_account_id }) =>
      partner_id && partner_account_id ? [{ partner_id, partner_account_id }] : []
    )
  }

  /** The carts a partner account is bound to now (by a handshake that has not run out). */
  async liveCartsOfAccount(partnerAccountId: string, now = new Date()) {
    const unlocks = await this.listUnlocks(
      { partner_account_id: partnerAccountId, reason: "partner", expires_at: { $gt: now } },
      { select: ["cart_id"] }
    )
    return [...new Set(unlocks.map((unlock) => unlock.cart_id))]
  }

  /** The carts a partner account was ever bound to. */
  async cartsOfAccount(partnerAccountId: string) {
    const unlocks = await this.listUnlocks({ partner_account_id: partnerAccountId }, { select: ["cart_id"] })
    return [...new Set(unlocks.map((unlock) => unlock.cart_id))]
  }
}

export default VisibilityModuleService
