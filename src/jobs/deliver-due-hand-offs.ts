import type { MedusaContainer } from "@medusajs/framework/types"
import { deliverDueHandOffsWorkflow } from "../workflows/deliver-due-hand-offs"

/**
 * Retries hand-offs whose back-off ran out. Safe on every instance at once: each attempt is
 * claimed by one conditional UPDATE, so two runs never send the same attempt.
 */
export default async function deliverDueHandOffs(container: MedusaContainer) {
  await deliverDueHandOffsWorkflow(container).run({ input: {} })
}

export const config = {
  name: "federated-cart-deliver-due-hand-offs",
  schedule: "* * * * *",
}
