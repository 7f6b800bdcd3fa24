import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DISTRIBUTION_MODULE } from "../../../modules/distribution"
import type DistributionModuleService from "../../../modules/distribution/service"
import { PARTNER_MODULE } from "../../../modules/partner"
import type PartnerModuleService from "../../../modules/partner/service"
import type { PartnerDeliveryPayload } from "../../../workflows/utils/partner-delivery-payload"
import { listHandOffRows } from "../hand-offs/hand-off-rows"
import type { AdminGetPartnerDeliveriesParamsType } from "./validators"

type Filters = Omit<AdminGetPartnerDeliveriesParamsType, "limit" | "offset"> & { id?: string }

/**
 * Partner deliveries as the Deliveries page shows them: the hand-off rows (status, attempts,
 * log) of partner recipients, with the partner's name, the order's number, and from the
 * frozen body the account and lines that were delivered (an immediate delivery carries no
 * code, so the body is safe to show).
 */
export async function listPartnerDeliveryRows(
  scope: MedusaContainer,
  filters: Filters,
  page: { limit?: number; offset?: number } = {}
) {
  const { hand_offs, count } = await listHandOffRows(scope, { ...filters, recipient_kind: "partner" }, page)
  if (!hand_offs.length) {
    return { deliveries: [], count }
  }
  const ids = hand_offs.map((row) => row.id)
  const distribution: DistributionModuleService = scope.resolve(DISTRIBUTION_MODULE)
  const partnerIds = [...new Set(hand_offs.flatMap((row) => (row.partner_id ? [row.partner_id] : [])))]
  const [bodies, partners, { data: orders }] = await Promise.all([
    distribution.listHandOffs({ id: ids }, { select: ["id", "payload"] }),
    scope.resolve<PartnerModuleService>(PARTNER_MODULE).listPartners({ id: partnerIds }, { select: ["id", "name"] }),
    scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "display_id"],
      filters: { id: hand_offs.map((row) => row.order_id) },
    }),
  ])
  const deliveries = hand_offs.map((row) => {
    // A JSON column: the body openPartnerDeliveriesStep froze, typed back here.
    const body = bodies.find((b) => b.id === row.id)?.payload as unknown as PartnerDeliveryPayload | undefined
    return {
      ...row,
      partner: partners.find((p) => p.id === row.partner_id) ?? null,
      order_display_id: orders.find((o) => o.id === row.order_id)?.display_id ?? null,
      partner_account: body?.partner_account ?? null,
      lines: body?.lines ?? [],
    }
  })
  return { deliveries, count }
}
