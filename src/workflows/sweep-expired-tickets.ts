import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { endTicketsStep } from "./steps/end-tickets"
import { emitTicketStockChanged } from "./steps/emit-ticket-stock-changed"

/**
 * Releases the reservations of tickets whose hold has run out. Availability does not
 * wait for this (an expired ticket stops counting at its instant); the sweep only keeps
 * Medusa's `reserved_quantity` equal to the live holds.
 */
export const sweepExpiredTicketsWorkflow = createWorkflow("sweep-expired-tickets", (input: WorkflowData<{ now?: Date }>) => {
  const now = transform({ input }, ({ input }) => input.now ?? new Date())
  const { data: expired } = useQueryGraphStep({
    entity: "ticket",
    fields: ["id", "inventory_item_id"],
    filters: transform({ now }, ({ now }) => ({ status: "held", expires_at: { $lte: now } })),
  })
  const ended = endTicketsStep(
    transform({ expired, input }, ({ expired, input }) => ({
      tickets: expired,
      status: "expired" as const,
      reason: "hold ran out",
      now: input.now ?? null,
      only_run_out: true,
    }))
  )
  emitTicketStockChanged(
    transform({ ended }, ({ ended }) => ({ inventory_item_ids: [...new Set(ended.map((ticket) => ticket.inventory_item_id))] }))
  )
  return new WorkflowResponse(ended)
})
