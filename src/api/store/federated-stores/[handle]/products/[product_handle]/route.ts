import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { visibleProducts } from "../../../../visibility/hidden-products"
import { listStoreProducts, retrieveStoreByHandle } from "../../../catalogue"

export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const { federatedStore, productIds } = await retrieveStoreByHandle(req.scope, req.params.handle)
  const [product] = await listStoreProducts(req.scope, {
    productIds: await visibleProducts(req, productIds),
    regionId: req.validatedQuery.region_id as string | undefined,
    handle: req.params.product_handle,
    salesChannelIds: req.publishable_key_context.sales_channel_ids,
  })
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${federatedStore.name} has no product "${req.params.product_handle}".`)
  }
  res.json({ federated_store: federatedStore, product })
}
