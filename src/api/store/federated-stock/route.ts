import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { StoreGetFederatedStockParamsType } from "./validators"
import { countWatchedStock, resolveWatchedStock } from "./watched-stock"

/** The counts a page shows, once: what a storefront polls when it cannot hold a stream open. */
export async function GET(req: MedusaStoreRequest<unknown, StoreGetFederatedStockParamsType>, res: MedusaResponse) {
  const watched = await resolveWatchedStock(req.scope, {
    variant_ids: req.validatedQuery.variant_ids,
    sales_channel_ids: req.publishable_key_context.sales_channel_ids,
  })
  res.json({ variants: await countWatchedStock(req.scope, watched) })
}
