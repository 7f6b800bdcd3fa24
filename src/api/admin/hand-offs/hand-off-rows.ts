import type { MedusaContainer } from "@medusajs/framework/types"
import { DISTRIBUTION_MODULE } from "../../../modules/distribution"
import type DistributionModuleService from "../../../modules/distribution/service"

type HandOffFilters = {
  id?: string
  order_id?: string
  order_group_id?: string
  recipient_kind?: "distributor" | "partner"
  federated_store_id?: string
  partner_id?: string
  status?: string
}

// The claim columns are the sender's business, and the body the distributor's: neither is shown.
const HAND_OFF_FIELDS = [
  "id",
  "order_group_id",
  "order_id",
  "recipient_kind",
  "federated_store_id",
  "partner_id",
  "fulfillment_id",
  "url",
  "idempotency_key",
  "status",
  "attempts",
  "next_attempt_at",
  "last_status",
  "last_error",
  "acknowledged_at",
  "created_at",
  "updated_at",
  "attempt_log.id",
  "attempt_log.number",
  "attempt_log.trigger",
  "attempt_log.outcome",
  "attempt_log.response_status",
  "attempt_log.error",
  "attempt_log.started_at",
  "attempt_log.duration_ms",
]

/** Hand-offs and partner deliveries as the admin sees them, newest first, each with its attempts in order. */
export async function listHandOffRows(
  scope: MedusaContainer,
  filters: HandOffFilters,
  { limit = 50, offset = 0 }: { limit?: number; offset?: number } = {}
) {
  const distribution: DistributionModuleService = scope.resolve(DISTRIBUTION_MODULE)
  const [rows, count] = await distribution.listAndCountHandOffs(filters, {
    select: HAND_OFF_FIELDS,
    relations: ["attempt_log"],
    order: { created_at: "DESC" },
    take: limit,
    skip: offset,
  })
  const hand_offs = rows.map(({ attempt_log, ...handOff }) => ({
    ...handOff,
    attempt_log: [...(attempt_log ?? [])].sort((a, b) => a.number - b.number),
  }))
  return { hand_offs, count }
}
