import { z } from "@medusajs/framework/zod"

/**
 * What an admin can ask for. `live` (held and not yet run out) is the default; `expired`
 * also finds held tickets that ran out but have not been swept yet, since they no
 * longer hold anything.
 */
export const TICKET_LIST_STATUSES = ["live", "held", "expired", "released", "purchased"] as const
export type TicketListStatus = (typeof TICKET_LIST_STATUSES)[number]

const id = z.string().trim().min(1)

export const AdminGetTicketsParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
    status: z.enum(TICKET_LIST_STATUSES).default("live"),
    federated_store_id: id.optional(),
    product_id: id.optional(),
    /** Part of a product title. */
    q: z.string().trim().min(1).max(200).optional(),
    cart_id: id.optional(),
  })
  .strict()
export type AdminGetTicketsParamsType = z.infer<typeof AdminGetTicketsParams>

export const AdminGetTicketSummaryParams = z.object({ federated_store_id: id.optional() }).strict()
export type AdminGetTicketSummaryParamsType = z.infer<typeof AdminGetTicketSummaryParams>

export const AdminReleaseTicket = z
  .object({
    // Medusa words the errors itself ("Field 'reason' is required", "... too small ...").
    reason: z.string().trim().min(3).max(500),
  })
  .strict()
export type AdminReleaseTicketType = z.infer<typeof AdminReleaseTicket>
