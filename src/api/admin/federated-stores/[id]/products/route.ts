import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assignFederatedStoreProductsWorkflow } from "../../../../../workflows"
import { refetchFederatedStore } from "../../helpers"
import type { AdminAssignFederatedStoreProductsType } from "../../validators"

export async function POST(req: MedusaRequest<AdminAssignFederatedStoreProductsType>, res: MedusaResponse) {
  await refetchFederatedStore(req.scope, req.params.id)
  await assignFederatedStoreProductsWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({ federated_store: await refetchFederatedStore(req.scope, req.params.id) })
}
