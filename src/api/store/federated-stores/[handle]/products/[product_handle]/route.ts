import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { listStoreProducts, retrieveStoreByHandle } from "../../../catalogue"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { federatedStore, productIds } = await retrieveStoreByHandle(req.scope, req.params.handle)
  const [product] = await listStoreProducts(req.scope, {
    productIds,
    regionId: req.validatedQuery.region_id as string | undefined,
    handle: req.params.product_handle,
  })
  if (!product) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${federatedStore.name} has no product "${req.params.product_handle}".`
    )
  }
  res.json({ federated_store: federatedStore, product })
}
