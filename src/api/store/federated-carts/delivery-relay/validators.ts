import { z } from "@medusajs/framework/zod"
import { MAX_FEED_PAGE } from "../../../../modules/delivery-relay/service"

// Cursors arrive as query strings; 0 (the default) means "from the first update".
const cursor = z.coerce
  .number({ message: "after must be a cursor: a whole number of 0 or more" })
  .int("after must be a cursor: a whole number of 0 or more")
  .min(0, "after must be a cursor: a whole number of 0 or more")

export const StoreGetDeliveriesParams = z
  .object({
    after: cursor.default(0),
    limit: z.coerce
      .number()
      .int("limit must be a whole number")
      .min(1, "limit must be at least 1")
      .max(MAX_FEED_PAGE, `limit may be at most ${MAX_FEED_PAGE}`)
      .default(MAX_FEED_PAGE),
  })
  .strict()
export type StoreGetDeliveriesParamsType = z.infer<typeof StoreGetDeliveriesParams>

export const StoreGetDeliveriesStreamParams = z.object({ after: cursor.optional() }).strict()
export type StoreGetDeliveriesStreamParamsType = z.infer<typeof StoreGetDeliveriesStreamParams>

/** A browser's EventSource sends back the id of the last event it received when it reconnects. */
export const LastEventId = cursor.optional()
