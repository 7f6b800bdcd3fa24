import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { BONUS_RULE_KEY, isBonusLine } from "../../../workflows/utils/bonus-lines"

/**
 * A bonus line comes and goes with the cart's total: the shopper can neither change its
 * quantity nor remove it, nor pass a line off as a bonus. Checked before any lock is
 * taken, which is safe because whether a line is a bonus never changes.
 */
async function refuseBonusLineChange(req: MedusaRequest) {
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "line_item", fields: ["id", "title", "metadata"], filters: { id: req.params.line_id } })
  const line = data[0]
  if (line && isBonusLine(line)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${line.title} is a free bonus: its quantity cannot be changed. It stays while the cart's total reaches its threshold and leaves when the total drops below.`
    )
  }
}

function refuseBonusMetadata(req: MedusaRequest) {
  const metadata = (req.body as { metadata?: Record<string, unknown> | null } | undefined)?.metadata
  if (metadata && BONUS_RULE_KEY in metadata) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${BONUS_RULE_KEY} is set by the store: bonus lines are added by the cart itself.`
    )
  }
}

const guard =
  (check: (req: MedusaRequest) => Promise<void> | void) =>
  (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    Promise.resolve()
      .then(() => check(req))
      .then(() => next(), next)
  }

export const storeBonusMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id/line-items", method: "POST", middlewares: [guard(refuseBonusMetadata)] },
  {
    matcher: "/store/carts/:id/line-items/:line_id",
    method: "POST",
    middlewares: [guard(refuseBonusMetadata), guard(refuseBonusLineChange)],
  },
  { matcher: "/store/carts/:id/line-items/:line_id", method: "DELETE", middlewares: [guard(refuseBonusLineChange)] },
]
