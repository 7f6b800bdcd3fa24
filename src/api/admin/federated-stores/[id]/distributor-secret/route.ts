import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DISTRIBUTION_MODULE } from "../../../../../modules/distribution"
import type DistributionModuleService from "../../../../../modules/distribution/service"
import { rotateDistributorSecretWorkflow } from "../../../../../workflows/rotate-distributor-secret"
import { refetchFederatedStore } from "../../helpers"

/** Whether the store has a signing secret, and its last 4 characters; never the secret. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await refetchFederatedStore(req.scope, req.params.id, ["id"])
  const distribution: DistributionModuleService = req.scope.resolve(DISTRIBUTION_MODULE)
  const [current] = await distribution.listDistributorSecrets(
    { federated_store_id: req.params.id },
    { select: ["secret_hint", "updated_at"] }
  )
  res.json({ distributor_secret: current ? { hint: current.secret_hint, updated_at: current.updated_at } : null })
}

/** Rotates the secret; the answer is the only time the new one is shown. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { result } = await rotateDistributorSecretWorkflow(req.scope).run({
    input: { federated_store_id: req.params.id },
  })
  res.json({ distributor_secret: result })
}
