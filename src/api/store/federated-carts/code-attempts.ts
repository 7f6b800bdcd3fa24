import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVITATION_MODULE } from "../../../modules/invitation"
import type InvitationModuleService from "../../../modules/invitation/service"

/**
 * Brakes on guessing codes: each attempt counts against the client's address and the
 * cart; past the limit the answer is 429 with `Retry-After`, before the code is looked
 * at. An attempt that unlocks something is not counted.
 */
export async function limitCodeAttempts(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { attempts }: InvitationModuleService = req.scope.resolve(INVITATION_MODULE)
  const client = req.ip ?? "unknown"
  const cartId = req.params.id
  const verdict = await attempts.take(client, cartId)
  if (!verdict.allowed) {
    res.set("Retry-After", String(verdict.retryAfterSeconds))
    res.status(429).json({ type: "too_many_requests", message: "Too many code attempts. Try again later." })
    return
  }
  res.on("finish", () => {
    if (res.statusCode < 300) {
      void attempts.forgive(client, cartId)
    }
  })
  next()
}
