import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { PURCHASE_RULES_MODULE } from "../../../modules/purchase-rules"
import type PurchaseRulesModuleService from "../../../modules/purchase-rules/service"
import { cartLines, unitPriceInCart } from "./cart-spend"
import { accountLockKeys, LimitedPurchase, limitedPurchases, refuseOverLimit, Wanted } from "./limits"
import { refuseUnmetRequirements } from "./requirements"

const productsOf = (lines: { product_id: string }[]) => new Set(lines.map((line) => line.product_id))

type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => Promise<void>

// Long enough for the checkouts (or adds) of one account queued behind each other.
const ACCOUNT_LOCK_SECONDS = 60

/**
 * Runs `check` and then the rest of the request under one lock per partner account the
 * purchases count against (`purchase-limit:<account>`, in one order for every caller),
 * held until the answer is sent. Adds, quantity changes and checkouts of one account,
 * from any carts and any server instance (with Redis locking), run one after another,
 * and each counts what the ones before it left: a limit is never passed together.
 */
async function underAccountLocks(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
  purchases: LimitedPurchase[],
  check: () => Promise<void>
) {
  if (!purchases.length) {
    return next()
  }
  const locking = req.scope.resolve(Modules.LOCKING)
  await locking
    .execute(
      accountLockKeys(purchases),
      () =>
        new Promise<void>((resolve, reject) => {
          res.once("finish", resolve)
          res.once("close", resolve)
          check().then(() => next(), reject)
        }),
      { timeout: ACCOUNT_LOCK_SECONDS }
    )
    .catch((error: Error) => {
      throw /acquiring lock/i.test(error.message)
        ? new MedusaError(MedusaError.Types.CONFLICT, "This account is busy with another purchase. Try again in a moment.")
        : error
    })
}

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
 * or when the account would pass a limit with what this cart and its other open carts
 * hold. Counted under the account's lock, so concurrent adds cannot pass it together.
 */
export const addWithinRules: Middleware = async (req, res, next) => {
  const body = (req.validatedBody ?? {}) as { variant_id?: string; quantity?: number }
  const product = body.variant_id ? await productOfVariant(req, body.variant_id) : null
  // Most products have no rule: then nothing else is read (add-to-cart is a hot path).
  if (!product || !(await hasPurchaseRule(req.scope, product.id))) {
    return next()
  }
  const cartId = req.params.id
  const adding: Wanted = {
    product_id: product.id,
    title: product.title,
    quantity: body.quantity ?? 1,
    unit_price: await unitPriceInCart(req.scope, cartId, body.variant_id!),
  }
  // The cart as it is once the lock is held: adds to this cart before it are in.
  const wantedAfterAdd = async () => {
    const lines = await cartLines(req.scope, cartId)
    const kept = lines.filter((line) => line.product_id === product.id).map((line) => ({ ...line, kept: true }))
    return { lines, wanted: [...kept, adding] }
  }
  const before = await wantedAfterAdd()
  await refuseUnmetRequirements(req.scope, cartId, [product.id], productsOf(before.lines))
  await underAccountLocks(req, res, next, await limitedPurchases(req.scope, cartId, before.wanted), async () => {
    const { wanted } = await wantedAfterAdd()
    await refuseOverLimit(req.scope, await limitedPurchases(req.scope, cartId, wanted), { heldOutside: cartId })
  })
}

/** Changing a line's quantity: refused when the new quantity would pass a limit (counted as adding is). */
export const updateWithinLimits: Middleware = async (req, res, next) => {
  const { quantity } = (req.validatedBody ?? {}) as { quantity?: number }
  if (!quantity) {
    return next()
  }
  const cartId = req.params.id
  const wanted = async () =>
    (await cartLines(req.scope, cartId)).map((line) =>
      line.id === req.params.line_id ? { ...line, quantity } : { ...line, kept: true }
    )
  await underAccountLocks(req, res, next, await limitedPurchases(req.scope, cartId, await wanted()), async () => {
    await refuseOverLimit(req.scope, await limitedPurchases(req.scope, cartId, await wanted()), { heldOutside: cartId })
  })
}

/**
 * Checking out: a product whose required product left the cart (and is not owned) blocks
 * the checkout, with the same sentence as adding. Then the checkout runs under the
 * accounts' locks, and their limits are counted inside: orders of the checkouts before
 * it are in.
 */
export const checkoutWithinRules: Middleware = async (req, res, next) => {
  const cartId = req.params.id
  const lines = await cartLines(req.scope, cartId)
  await refuseUnmetRequirements(req.scope, cartId, [...productsOf(lines)], productsOf(lines))
  const purchases = await limitedPurchases(req.scope, cartId, lines)
  await underAccountLocks(req, res, next, purchases, () => refuseOverLimit(req.scope, purchases))
}
