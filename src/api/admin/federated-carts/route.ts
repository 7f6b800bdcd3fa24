import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ADMIN_CART_STATE_FIELDS } from "./cart-rows"
import type { AdminGetFederatedCartsParamsType } from "./validators"

/** Carts with their state and number, newest first by the instant they were opened. */
export async function GET(req: MedusaRequest<unknown, AdminGetFederatedCartsParamsType>, res: MedusaResponse) {
  const { limit, offset, state, q } = req.validatedQuery as AdminGetFederatedCartsParamsType
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart_state",
    fields: ADMIN_CART_STATE_FIELDS,
    filters: { ...(state ? { state } : {}), ...(q ? { number: { $ilike: `%${q}%` } } : {}) },
    // The number's local time repeats in the autumn hour; the instant never does.
    pagination: { skip: offset, take: limit, order: { opened_at: "DESC", id: "DESC" } },
  })
  res.json({ federated_carts: data, count: metadata?.count ?? data.length, limit, offset })
}
