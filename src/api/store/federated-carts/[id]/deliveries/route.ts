import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readDeliveryFeed } from "../../delivery-relay/delivery-feed"
import type { StoreGetDeliveriesParamsType } from "../../delivery-relay/validators"

/**
 * The cart's delivery updates after a cursor, oldest first, with the cursor to ask after
 * next: what a storefront polls when it cannot hold the stream open.
 */
export async function GET(req: MedusaRequest<unknown, StoreGetDeliveriesParamsType>, res: MedusaResponse) {
  res.json(await readDeliveryFeed(req.scope, req.params.id, req.validatedQuery))
}
