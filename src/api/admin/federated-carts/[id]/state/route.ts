import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moveCartStateWorkflow } from "../../../../../workflows/move-cart-state"
import type { AdminMoveFederatedCartType } from "../../validators"

/** An admin moves a cart (typically: voids an abandoned one); the log names the admin. */
export async function POST(req: AuthenticatedMedusaRequest<AdminMoveFederatedCartType>, res: MedusaResponse) {
  const { to, reason } = req.validatedBody
  const { result } = await moveCartStateWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      to,
      actor: "admin",
      reason: [req.auth_context.actor_id, reason].filter(Boolean).join(": "),
    },
  })
  res.json({ cart_id: req.params.id, from: result.from, to })
}
