import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PURCHASE_RULES_MODULE } from "../../../modules/purchase-rules"
import type PurchaseRulesModuleService from "../../../modules/purchase-rules/service"
import { cartLines, unitPriceInCart } from "./cart-spend"
import { accountLockKeys, limitedPurchases, refuseOverLimit, Wanted } from "./limits"
import { refuseUnmetRequirements } from "./requirements"

const productsOf = (lines: { product_id: string }[]) => new Set(lines.map((line) => line.product_id))

type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => Promise<void>

// Long enough for the checkouts of one account queued behind each other.
const CHECKOUT_LOCK_SECONDS = 60

async function hasPurchaseRule(scope: MedusaContainer, productId: string) {
  const purchaseRules: PurchaseRulesModuleService = scope.resolve(PURCHASE_RULES_MODULE)
  const [rule] = await purchaseRules.listPurchaseRules({ product_id: productId }, { select: ["id"], take: 1 })
  return Boolean(rule)
}

async function productOfVariant(req: MedusaRequest, variantId: string) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "variant",
    fields: ["id", "product.id", "product.title"],
    filters: { id: variantId },
  })
  return data[0]?.product ?? null
}

/**
 * Adding a line: refused when the product needs another the cart neither holds nor owns,
 * or when the account would pass a limit with what the cart already holds. Concurrent
 * adds may still pass a limit together; checkout is where the limit holds.
 */
export const addWithinRules: Middleware = async (req, _res, next) => {
  const body = (req.validatedBody ?? {}) as { variant_id?: string; quantity?: number }
  const product = body.variant_id ? await productOfVariant(req, body.variant_id) : null
  // Most products have no rule: then nothing else is read (add-to-cart is a hot path).
  if (product && (await hasPurchaseRule(req.scope, product.id))) {
    const cartId = req.params.id
    const lines = await cartLines(req.scope, cartId)
    await refuseUnmetRequirements(req.scope, cartId, [product.id], productsOf(lines))
    const adding: Wanted = {
      product_id: product.id,
      title: product.title,
      quantity: body.quantity ?? 1,
      unit_price: await unitPriceInCart(req.scope, cartId, body.variant_id!),
    }
    const held = lines.filter((line) => line.product_id === product.id)
    await refuseOverLimit(req.scope, await limitedPurchases(req.scope, cartId, [...held, adding]))
  }
  next()
}

/** Changing a line's quantity: refused when the new quantity would pass a limit. */
export const updateWithinLimits: Middleware = async (req, _res, next) => {
  const { quantity } = (req.validatedBody ?? {}) as { quantity?: number }
  if (quantity) {
    const lines = await cartLines(req.scope, req.params.id)
    const wanted = lines.map((line) => (line.id === req.params.line_id ? { ...line, quantity } : line))
    await refuseOverLimit(req.scope, await limitedPurchases(req.scope, req.params.id, wanted))
  }
  next()
}

/**
 * Checking out: a product whose required product left the cart (and is not owned) blocks
 * the checkout, with the same sentence as adding. Then the accounts' limits are checked
 * and the checkout runs under one lock per account, held until the answer is sent.
 * Concurrent checkouts of one account, from any carts and any server instance (with
 * Redis locking), run one after another, and each counts the orders the ones before it
 * made: the limit is never passed.
 */
export const checkoutWithinRules: Middleware = async (req, res, next) => {
  const cartId = req.params.id
  const lines = await cartLines(req.scope, cartId)
  await refuseUnmetRequirements(req.scope, cartId, [...productsOf(lines)], productsOf(lines))
  const purchases = await limitedPurchases(req.scope, cartId, lines)
  if (!purchases.length) {
    return next()
  }
  const locking = req.scope.resolve(Modules.LOCKING)
  await locking.execute(
    accountLockKeys(purchases),
    () =>
      new Promise<void>((resolve, reject) => {
        res.once("finish", resolve)
        res.once("close", resolve)
        // What the account bought is counted inside the lock: orders of the checkouts before are in.
        refuseOverLimit(req.scope, purchases).then(() => next(), reject)
      }),
    { timeout: CHECKOUT_LOCK_SECONDS }
  )
}
