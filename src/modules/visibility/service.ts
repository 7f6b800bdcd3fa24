import { MedusaService } from "@medusajs/framework/utils"
import ProductVisibility from "./models/product-visibility"
import Unlock from "./models/unlock"
import { hiddenProducts, Restriction } from "./rules"

export type VisibilityOptions = {
  /** How long a partner handshake keeps protected products open for its cart (minutes). */
  partnerUnlockMinutes?: number
}

export const DEFAULT_VISIBILITY_OPTIONS: Required<VisibilityOptions> = {
  partnerUnlockMinutes: 120,
}

class VisibilityModuleService extends MedusaService({ ProductVisibility, Unlock }) {
  readonly options: Required<VisibilityOptions>

  constructor(container: Record<string, unknown>, options: VisibilityOptions = {}) {
    super(...arguments)
    this.options = { ...DEFAULT_VISIBILITY_OPTIONS, ...options }
  }

  /**
   * The products a cart (or a shopper with no cart) may not see or buy: every
   * non-public product its live unlocks do not open. With `productIds`, only those are
   * considered.
   */
  async hiddenProductIds(cartId: string | null, { productIds, now = new Date() }: { productIds?: string[]; now?: Date } = {}) {
    if (productIds && !productIds.length) {
      return []
    }
    const restrictions: Restriction[] = await this.listProductVisibilities(
      { kind: { $ne: "public" }, ...(productIds ? { product_id: productIds } : {}) },
      { select: ["product_id", "kind", "partner_id"] }
    )
    if (!restrictions.length) {
      return []
    }
    const unlocks = cartId
      ? await this.listUnlocks(
          { cart_id: cartId, $or: [{ expires_at: null }, { expires_at: { $gt: now } }] },
          { select: ["reason", "partner_id", "product_id", "expires_at"] }
        )
      : []
    return hiddenProducts(restrictions, unlocks, now)
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

  /** The carts a partner account was ever bound to. */
  async cartsOfAccount(partnerAccountId: string) {
    const unlocks = await this.listUnlocks({ partner_account_id: partnerAccountId }, { select: ["cart_id"] })
    return [...new Set(unlocks.map((unlock) => unlock.cart_id))]
  }
}

export default VisibilityModuleService
