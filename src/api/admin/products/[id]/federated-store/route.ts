import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { adminFederatedStoreFields } from "../../../federated-stores/query-config"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", ...adminFederatedStoreFields.map((field) => `federated_store.${field}`)],
    filters: { id: req.params.id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product with id ${req.params.id}.`)
  }
  res.json({ federated_store: data[0].federated_store ?? null })
}
