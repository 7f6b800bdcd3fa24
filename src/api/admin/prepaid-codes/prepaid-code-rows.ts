import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PREPAID_CODE_MODULE } from "../../../modules/prepaid-code"
import type PrepaidCodeModuleService from "../../../modules/prepaid-code/service"
import type { AdminGetPrepaidCodesType } from "./validators"

// Everything an admin may see of a code: never its hash.
export const PREPAID_CODE_FIELDS = [
  "id",
  "product_id",
  "variant_id",
  "last4",
  "status",
  "batch_id",
  "email",
  "issued_order_id",
  "issued_line_item_id",
  "issued_fulfillment_id",
  "issued_unit",
  "reserved_cart_id",
  "reserved_at",
  "redeemed_order_id",
  "redeemed_at",
  "revoked_at",
  "created_at",
]

/** A page of codes, each with its product's title and the display ids of the issuing and redeeming orders. */
export async function listPrepaidCodes(scope: MedusaContainer, filters: AdminGetPrepaidCodesType) {
  const prepaidCodes: PrepaidCodeModuleService = scope.resolve(PREPAID_CODE_MODULE)
  const [codes, count] = await prepaidCodes.listAndCountPrepaidCodes(
    {
      ...(filters.last4 ? { last4: filters.last4 } : {}),
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.product_id ? { product_id: filters.product_id } : {}),
      ...(filters.order_id ? { $or: [{ issued_order_id: filters.order_id }, { redeemed_order_id: filters.order_id }] } : {}),
    },
    { select: PREPAID_CODE_FIELDS, order: { created_at: "DESC" }, take: filters.limit, skip: filters.offset }
  )
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = [...new Set(codes.map((code) => code.product_id))]
  const orderIds = [
    ...new Set(codes.flatMap((code) => [code.issued_order_id, code.redeemed_order_id]).filter((id): id is string => !!id)),
  ]
  const [{ data: products }, { data: orders }] = await Promise.all([
    productIds.length
      ? query.graph({ entity: "product", fields: ["id", "title"], filters: { id: productIds } })
      : { data: [] as { id: string; title: string }[] },
    orderIds.length
      ? query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } })
      : { data: [] as { id: string; display_id: number | null }[] },
  ])
  const orderShown = (id: string | null) =>
    id ? { id, display_id: orders.find((order) => order.id === id)?.display_id ?? null } : null
  return {
    prepaid_codes: codes.map((code) => ({
      ...code,
      product_title: products.find((product) => product.id === code.product_id)?.title ?? null,
      issued_order: orderShown(code.issued_order_id),
      redeemed_order: orderShown(code.redeemed_order_id),
    })),
    count,
    limit: filters.limit,
    offset: filters.offset,
  }
}
