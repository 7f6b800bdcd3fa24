import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertCreditsCovered, cartMoney, MoneyCredit, MoneyLine } from "../utils/store-totals"

export type MoneyChange = {
  /** Lines as they will be: a line's new quantity (0: removed). */
  quantities?: Record<string, number>
  added_lines?: MoneyLine[]
  added_credits?: MoneyCredit[]
}

/** The cart's lines and credits with the stores they belong to, after `change`: refused if a credit no longer fits. */
export async function assertCreditsFit(container: MedusaContainer, cartId: string, change: MoneyChange = {}) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "items.id",
      "items.variant_id",
      "items.product_id",
      "items.unit_price",
      "items.quantity",
      "items.metadata",
      "items.adjustments.amount",
      "credit_lines.id",
      "credit_lines.amount",
      "credit_lines.reference",
      "credit_lines.reference_id",
    ],
    filters: { id: cartId },
  })
  const cart = carts[0]
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No cart with id ${cartId}.`)
  }
  const lines: MoneyLine[] = [
    ...(cart.items ?? []).flatMap((item: MoneyLine | null) =>
      item
        ? [{ ...item, priced_quantity: item.quantity, quantity: change.quantities?.[item.id] ?? item.quantity } as MoneyLine]
        : []
    ),
    ...(change.added_lines ?? []),
  ]
  const credits = [...((cart.credit_lines ?? []).filter(Boolean) as MoneyCredit[]), ...(change.added_credits ?? [])]
  const productIds = [...new Set(lines.flatMap((line) => (line.product_id ? [line.product_id] : [])))]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "federated_store.id"], filters: { id: productIds } })
    : { data: [] }
  const storeOfProduct = new Map(
    products.flatMap((product) => (product.federated_store ? [[product.id, product.federated_store.id] as [string, string]] : []))
  )
  const money = cartMoney(lines, credits, storeOfProduct)
  const storeIds = [...money.stores.keys()]
  const { data: stores } = storeIds.length
    ? await query.graph({ entity: "federated_store", fields: ["id", "name"], filters: { id: storeIds } })
    : { data: [] }
  const names = new Map(stores.map((store) => [store.id, store.name as string]))
  assertCreditsCovered(money, (id) => names.get(id) ?? "A store")
}

export const assertCreditsFitStep = createStep(
  "assert-credits-fit",
  async ({ cart_id, change }: { cart_id: string; change: MoneyChange }, { container }) => {
    await assertCreditsFit(container, cart_id, change)
    return new StepResponse(cart_id)
  }
)
