import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listStoreProducts, retrieveStoreByHandle } from "../catalogue"

type Query = { region_id?: string }

export async function GET(req: MedusaRequest<unknown, Query>, res: MedusaResponse) {
  const { federatedStore, productIds } = await retrieveStoreByHandle(req.scope, req.params.handle)
  const products = await listStoreProducts(req.scope, {
    productIds,
    regionId: req.validatedQuery.region_id as string | undefined,
  })
  res.json({ federated_store: { ...federatedStore, products } })
}
