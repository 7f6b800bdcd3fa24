import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { visibleProducts } from "../../visibility/hidden-products"
import { listStoreProducts, retrieveStoreByHandle } from "../catalogue"

type Query = { region_id?: string }

export async function GET(req: MedusaStoreRequest<unknown, Query>, res: MedusaResponse) {
  const { federatedStore, productIds } = await retrieveStoreByHandle(req.scope, req.params.handle)
  const products = await listStoreProducts(req.scope, {
    productIds: await visibleProducts(req, productIds),
    regionId: req.validatedQuery.region_id as string | undefined,
    salesChannelIds: req.publishable_key_context.sales_channel_ids,
  })
  res.json({ federated_store: { ...federatedStore, products } })
}
