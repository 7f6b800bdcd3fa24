import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteFederatedStoreWorkflow, updateFederatedStoreWorkflow } from "../../../../workflows"
import { refetchFederatedStore } from "../helpers"
import type { AdminUpdateFederatedStoreType } from "../validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const federated_store = await refetchFederatedStore(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ federated_store })
}

export async function POST(req: MedusaRequest<AdminUpdateFederatedStoreType>, res: MedusaResponse) {
  await refetchFederatedStore(req.scope, req.params.id)
  await updateFederatedStoreWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id },
  })
  res.json({ federated_store: await refetchFederatedStore(req.scope, req.params.id) })
}

export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  await refetchFederatedStore(req.scope, req.params.id)
  await deleteFederatedStoreWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "federated_store", deleted: true })
}
