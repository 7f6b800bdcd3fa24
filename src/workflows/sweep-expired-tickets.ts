import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { endTicketsStep } from "./steps/end-tickets"
import { lockTicketsStep, unlockTicketsStep } from "./steps/ticket-locks"
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
  const locked = lockTicketsStep(
    transform({ expired }, ({ expired }) => ({ inventory_item_ids: expired.map((ticket) => ticket.inventory_item_id) }))
  )
  const ended = endTicketsStep(
    transform({ expired, now }, ({ expired, now }) => ({
      ticket_ids: expired.map((ticket) => ticket.id),
      status: "expired" as const,
      reason: "hold ran out",
      now,
      only_run_out: true,
    }))
  )
  unlockTicketsStep(locked)
  emitTicketStockChanged(
    transform({ ended }, ({ ended }) => ({ inventory_item_ids: [...new Set(ended.map((ticket) => ticket.inventory_item_id))] }))
  )
  return new WorkflowResponse(ended)
})
