import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { openEventStream } from "../../../../../event-stream"
import { DeliveryFollow } from "../../../delivery-relay/delivery-follow"
import { LastEventId, type StoreGetDeliveriesStreamParamsType } from "../../../delivery-relay/validators"

/**
 * The cart's delivery updates, live: a `delivery` event per update (its id is the
 * update's cursor), replayed from after `Last-Event-ID` (sent by a reconnecting browser)
 * or else `?after=`, then a `caught_up` event, then each new update as it is recorded on
 * any instance.
 */
export async function GET(req: MedusaRequest<unknown, StoreGetDeliveriesStreamParamsType>, res: MedusaResponse) {
  const lastEventId = LastEventId.safeParse(req.get("last-event-id") || undefined)
  if (!lastEventId.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Last-Event-ID must be a cursor: a whole number of 0 or more.")
  }
  const after = lastEventId.data ?? req.validatedQuery.after ?? 0
  const stream = openEventStream(res)
  const follow = new DeliveryFollow(req.scope, req.params.id, after, {
    push: (update) => stream.send("delivery", update, update.cursor),
    caughtUp: (cursor) => stream.send("caught_up", { cursor }),
    // Ending the stream makes the browser reconnect and resume from its Last-Event-ID.
    fail: (error) => {
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`delivery stream ended: ${error.message}`)
      stream.end()
    },
  })
  stream.onClose(() => follow.close())
}
