import type { MedusaContainer } from "@medusajs/framework/types"
import { sweepExpiredTicketsWorkflow } from "../workflows/sweep-expired-tickets"

export default async function sweepExpiredTickets(container: MedusaContainer) {
  await sweepExpiredTicketsWorkflow(container).run({ input: {} })
}

// Medusa runs a scheduled job on one instance per tick when the workflow engine is Redis.
export const config = {
  name: "federated-cart-sweep-expired-tickets",
  schedule: "* * * * *",
}
