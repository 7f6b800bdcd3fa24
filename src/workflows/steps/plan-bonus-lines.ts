import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BONUS_MODULE } from "../../modules/bonus"
import type BonusModuleService from "../../modules/bonus/service"
import { earnedRules } from "../../modules/bonus/tiers"
import { VISIBILITY_MODULE } from "../../modules/visibility"
import type VisibilityModuleService from "../../modules/visibility/service"
import { availableQuantities } from "../utils/availability"
import { BONUS_NOTICES_KEY, BONUS_RULE_KEY, bonusNetTotal, bonusRuleOf, BonusNotice } from "../utils/bonus-lines"
import { cartStateOf } from "../utils/cart-state"
import type { MoneyCredit, MoneyLine } from "../utils/store-totals"

export type PlanBonusLinesInput = { cart_id: string }

export type BonusItem = {
  variant_id: string
  quantity: number
  unit_price: number
  metadata: Record<string, unknown>
}

export type BonusPlan = {
  /** Bonus lines the cart no longer earns (or earns in another quantity). */
  remove_line_ids: string[]
  add: BonusItem[]
  /** Bonuses earned but out of stock: the cart says so rather than failing the change. */
  notices: BonusNotice[]
  /** Whether the notices differ from those the cart shows (then they are written). */
  notices_changed: boolean
}

const CART_FIELDS = [
  "id",
  "currency_code",
  "sales_channel_id",
  "customer_id",
  "metadata",
  "items.id",
  "items.variant_id",
  "items.product_id",
  "items.unit_price",
  "items.quantity",
  "items.metadata",
  "items.adjustments.amount",
  "credit_lines.id",
  "credit_lines.amount",
]

/**
 * Compares the bonus lines a cart has with those its net total earns now. Runs under
 * the cart lock, after the change that moved the total, so it sees the total as it
 * stands; only a cart in `shop` changes (a new cart has no total, a full, done or void
 * one never changes).
 */
export const planBonusLinesStep = createStep("plan-bonus-lines", async (input: PlanBonusLinesInput, { container }) => {
  const nothing: BonusPlan = { remove_line_ids: [], add: [], notices: [], notices_changed: false }
  // Every cart change runs this: the three reads go out together.
  const [{ state }, { data: carts }, rules] = await Promise.all([
    cartStateOf(container, input.cart_id),
    container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "cart", fields: CART_FIELDS, filters: { id: input.cart_id } }),
    container.resolve<BonusModuleService>(BONUS_MODULE).listBonusRules({ active: true }),
  ])
  const cart = carts[0]
  if (state !== "shop" || !cart) {
    return new StepResponse(nothing)
  }
  const lines = (cart.items ?? []).filter(Boolean) as MoneyLine[]
  const credits = (cart.credit_lines ?? []).filter(Boolean) as MoneyCredit[]
  const inCurrency = rules.filter((rule) => rule.currency_code === cart.currency_code.toLowerCase())
  const earned = earnedRules(inCurrency, bonusNetTotal(lines, credits))

  const bonusLines = lines.flatMap((line) => {
    const ruleId = bonusRuleOf(line)
    return ruleId ? [{ ...line, rule_id: ruleId }] : []
  })
  const kept = (rule: (typeof earned)[number]) =>
    bonusLines.find(
      (line) => line.rule_id === rule.id && line.variant_id === rule.variant_id && Number(line.quantity) === rule.quantity
    )
  const remove_line_ids = bonusLines.filter((line) => !earned.some((rule) => kept(rule) === line)).map((line) => line.id)
  const missing = await visibleTo(
    container,
    cart,
    earned.filter((rule) => !kept(rule))
  )

  const { inStock, notices } = await splitByStock(container, missing, cart.sales_channel_id)
  const add = inStock.map((rule) => ({
    variant_id: rule.variant_id,
    quantity: rule.quantity,
    unit_price: 0,
    metadata: { [BONUS_RULE_KEY]: rule.id },
  }))
  const shown = (cart.metadata?.[BONUS_NOTICES_KEY] as BonusNotice[] | null | undefined) ?? []
  const notices_changed = JSON.stringify(shown) !== JSON.stringify(notices)
  return new StepResponse<BonusPlan>({ remove_line_ids, add, notices, notices_changed })
})

/**
 * Hidden stays hidden: a bonus whose product this cart may not see is neither added nor
 * named to the shopper.
 */
async function visibleTo<R extends { variant_id: string }>(
  container: MedusaContainer,
  cart: { id: string; customer_id?: string | null },
  rules: R[]
) {
  if (!rules.length) {
    return rules
  }
  const { data: variants } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { id: rules.map((rule) => rule.variant_id) } })
  const productOf = new Map(variants.map((variant) => [variant.id, variant.product_id as string]))
  const hidden = new Set(
    await container
      .resolve<VisibilityModuleService>(VISIBILITY_MODULE)
      .hiddenProductIds(
        { cartId: cart.id, customer: async () => cart.customer_id ?? null },
        { productIds: [...new Set(productOf.values())] }
      )
  )
  return rules.filter((rule) => !hidden.has(productOf.get(rule.variant_id) ?? ""))
}

type MissingRule = { id: string; variant_id: string; quantity: number; title?: string | null }

/**
 * Which missing bonuses the cart can have now. Read without the items' locks: a unit
 * taken by another cart in between makes the hold refuse (a 409 the shopper can retry).
 */
async function splitByStock<R extends MissingRule>(container: MedusaContainer, rules: R[], salesChannelId?: string | null) {
  if (!rules.length) {
    return { inStock: [], notices: [] }
  }
  const variantIds = [...new Set(rules.map((rule) => rule.variant_id))]
  const [available, names] = await Promise.all([
    availableQuantities(container, { variant_ids: variantIds, location_ids: await locationsOf(container, salesChannelId) }),
    variantNames(container, variantIds),
  ])
  const inStock: R[] = []
  const notices: BonusNotice[] = []
  for (const rule of rules) {
    const name = names.get(rule.variant_id)
    const free = available.has(rule.variant_id) ? available.get(rule.variant_id) : 0
    if (name && (free === null || (free ?? 0) >= rule.quantity)) {
      inStock.push(rule)
    } else {
      notices.push({
        bonus_rule_id: rule.id,
        variant_id: rule.variant_id,
        message: `Your free ${rule.title || name || "gift"} is out of stock.`,
      })
    }
  }
  return { inStock, notices }
}

async function locationsOf(container: MedusaContainer, salesChannelId?: string | null) {
  const { data } = salesChannelId
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "sales_channel_location",
        fields: ["stock_location_id"],
        filters: { sales_channel_id: salesChannelId },
      })
    : { data: [] }
  return (data as { stock_location_id: string }[]).map((link) => link.stock_location_id)
}

async function variantNames(container: MedusaContainer, variantIds: string[]) {
  const { data } = variantIds.length
    ? await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product_variant", fields: ["id", "title", "product.title"], filters: { id: variantIds } })
    : { data: [] }
  return new Map(
    data.map((variant) => {
      const product = variant.product?.title
      const named =
        product && variant.title && variant.title !== "Default variant"
          ? `${product} (${variant.title})`
          : product || variant.title
      return [variant.id, named as string]
    })
  )
}
