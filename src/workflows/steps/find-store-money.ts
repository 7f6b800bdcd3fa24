import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREDIT_REFERENCE, isCharge, MoneyLine } from "../utils/store-totals"

export type StoreMoneyRef = { cart_id: string; kind: "charge" | "credit"; id: string }

// The cart as the query below reads it. Typed here: Medusa's query types exist only once a
// server has generated .medusa/types (with them, `cart` is checked against this).
type MoneyCart = {
  items: (Pick<MoneyLine, "id" | "variant_id" | "metadata"> | null)[] | null
  credit_lines: ({ id: string; reference: string | null } | null)[] | null
}

/** The cart's charge or credit named by `id`: a 404 for anything else (a product line, another cart's credit). */
export const findStoreMoneyStep = createStep("find-store-money", async (ref: StoreMoneyRef, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "items.id", "items.variant_id", "items.metadata", "credit_lines.id", "credit_lines.reference"],
    filters: { id: ref.cart_id },
  })
  const cart: MoneyCart | undefined = data[0]
  const found =
    ref.kind === "charge"
      ? (cart?.items ?? []).some((item) => item?.id === ref.id && isCharge(item as MoneyLine))
      : (cart?.credit_lines ?? []).some((credit) => credit?.id === ref.id && credit.reference === CREDIT_REFERENCE)
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No store ${ref.kind} ${ref.id} on cart ${ref.cart_id}.`)
  }
  return new StepResponse(ref)
})
