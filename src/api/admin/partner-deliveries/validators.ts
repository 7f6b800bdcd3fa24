import { z } from "@medusajs/framework/zod"
import { AdminGetHandOffsParams } from "../hand-offs/validators"

/** The Deliveries page's filters: a partner delivery is a hand-off whose recipient is a partner. */
export const AdminGetPartnerDeliveriesParams = AdminGetHandOffsParams.omit({
  recipient_kind: true,
  federated_store_id: true,
})
export type AdminGetPartnerDeliveriesParamsType = z.infer<typeof AdminGetPartnerDeliveriesParams>
