import { WorkflowData } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { TICKET_STOCK_CHANGED, TicketStockChangedData } from "../../modules/ticketing/events"

/** Composes the event that tells every instance these items' free units may have changed. */
export function emitTicketStockChanged(data: WorkflowData<TicketStockChangedData>) {
  return emitEventStep({ eventName: TICKET_STOCK_CHANGED, data }).config({ name: "emit-ticket-stock-changed" })
}
