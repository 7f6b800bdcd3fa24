import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { endTicketsStep } from "./steps/end-tickets"
import { emitTicketStockChanged } from "./steps/emit-ticket-stock-changed"

export type ReleaseTicketsInput = {
  /** Release these tickets, or else the held tickets of these lines. */
  ticket_ids?: string[]
  line_item_ids?: string[]
  /** Who or what released them, kept on the ticket ("removed from cart", "admin: …"). */
  reason: string
  now?: Date
}

export const releaseTicketsWorkflow = createWorkflow("release-tickets", (input: WorkflowData<ReleaseTicketsInput>) => {
  const { data: tickets } = useQueryGraphStep({
    entity: "ticket",
    fields: ["id", "inventory_item_id"],
    filters: transform({ input }, ({ input }) =>
      input.ticket_ids?.length
        ? { status: "held", id: input.ticket_ids }
        : { status: "held", line_item_id: input.line_item_ids ?? [] }
    ),
  })
  const ended = endTicketsStep(
    transform({ input, tickets }, ({ input, tickets }) => ({
      tickets,
      status: "released" as const,
      reason: input.reason,
      now: input.now ?? null,
    }))
  )
  emitTicketStockChanged(
    transform({ ended }, ({ ended }) => ({ inventory_item_ids: [...new Set(ended.map((ticket) => ticket.inventory_item_id))] }))
  )
  return new WorkflowResponse(ended)
})
