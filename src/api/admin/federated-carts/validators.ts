import { z } from "@medusajs/framework/zod"
import { CART_STATES } from "../../../modules/cart-state/rules"

export const AdminGetFederatedCartsParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
    state: z.enum(CART_STATES).optional(),
    /** Part of a cart number. */
    q: z.string().trim().min(1).max(40).optional(),
  })
  .strict()
export type AdminGetFederatedCartsParamsType = z.infer<typeof AdminGetFederatedCartsParams>

export const AdminMoveFederatedCart = z
  .object({
    to: z.enum(CART_STATES),
    reason: z.string().trim().min(3).max(500).optional(),
  })
  .strict()
export type AdminMoveFederatedCartType = z.infer<typeof AdminMoveFederatedCart>

const localDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a day is written YYYY-MM-DD")

export const AdminGetFederatedCartDailyTotalsParams = z
  .object({ from: localDay, to: localDay })
  .strict()
  .refine(({ from, to }) => from <= to, "from must not be after to")
  .refine(({ from, to }) => Date.parse(to) - Date.parse(from) <= 366 * 86_400_000, "daily totals cover at most a year at a time")
export type AdminGetFederatedCartDailyTotalsParamsType = z.infer<typeof AdminGetFederatedCartDailyTotalsParams>

/** A store's charge or credit on a cart, in the cart's currency (major units, e.g. 4.5 = $4.50). */
export const AdminAddStoreMoney = z
  .object({
    federated_store_id: z.string().trim().min(1),
    title: z.string().trim().min(1).max(200),
    amount: z.number().positive().max(1_000_000),
  })
  .strict()
export type AdminAddStoreMoneyType = z.infer<typeof AdminAddStoreMoney>
