import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createFederatedStoreWorkflow } from "../../../workflows"
import { refetchFederatedStore, withProductCount, withProductIds } from "./helpers"
import type { AdminCreateFederatedStoreType } from "./validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "federated_store",
    fields: withProductIds(req.queryConfig.fields),
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    federated_stores: data.map(withProductCount),
    count: metadata?.count ?? data.length,
    limit: metadata?.take,
    offset: metadata?.skip,
  })
}

export async function POST(req: MedusaRequest<AdminCreateFederatedStoreType>, res: MedusaResponse) {
  const { result } = await createFederatedStoreWorkflow(req.scope).run({ input: req.validatedBody })
  // The distributor's signing secret is shown here once; the server keeps it only encrypted.
  res.status(201).json({
    federated_store: await refetchFederatedStore(req.scope, result.id),
    distributor_secret: result.distributor_secret,
  })
}
