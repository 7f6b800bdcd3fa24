import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { openEventStream } from "../../../event-stream"
import { StockWatch } from "../stock-watch"
import type { StoreGetFederatedStockParamsType } from "../validators"
import { resolveWatchedStock } from "../watched-stock"

/**
 * The counts a page shows, live: a `stock` event with every count, then a `stock` event
 * with the counts that moved whenever a ticket change or a run-out hold touches them.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreGetFederatedStockParamsType>, res: MedusaResponse) {
  const watched = await resolveWatchedStock(req.scope, {
    variant_ids: req.validatedQuery.variant_ids,
    sales_channel_ids: req.publishable_key_context.sales_channel_ids,
  })
  const stream = openEventStream(res)
  const watch = new StockWatch(req.scope, watched, {
    push: (variants) => stream.send("stock", { variants }),
    // Ending the stream makes the browser reconnect and start over from fresh counts.
    fail: (error) => {
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`live stock stream ended: ${error.message}`)
      stream.end()
    },
  })
  stream.onClose(() => watch.close())
}
