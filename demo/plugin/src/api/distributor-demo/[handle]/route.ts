import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { verifyHandOff } from "../../../../../../src/distributor-client"
import { DISTRIBUTION_MODULE } from "../../../../../../src/modules/distribution"
import type DistributionModuleService from "../../../../../../src/modules/distribution/service"
import { applyOnce, demoDistributorEnabled, receivedBy } from "../received-hand-offs"

/**
 * The demo's distributor for every store (`npm run demo` points each store's
 * distributor_url here): checks a hand-off as a real distributor would with
 * `src/distributor-client`, applies each idempotency key once and logs it. It reads the
 * store's secret from the server because it runs inside it; a real distributor keeps the
 * copy the admin showed once.
 */
async function storeByHandle(req: MedusaRequest) {
  if (!demoDistributorEnabled()) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "The demo distributor is not enabled on this server.")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "federated_store",
    fields: ["id", "name"],
    filters: { handle: req.params.handle },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No federated store with handle ${req.params.handle}.`)
  }
  return data[0]
}

export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const store = await storeByHandle(req)
  const secret = await req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE).signingSecret(store.id)
  const rawBody = Buffer.isBuffer(req.rawBody) ? req.rawBody.toString("utf8") : ""
  const verdict = verifyHandOff({ headers: req.headers, rawBody, secret })
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  if (!verdict.ok) {
    logger.warn(`Demo distributor (${req.params.handle}): refused a hand-off: ${verdict.reason}.`)
    return res.status(401).json({ message: `Hand-off refused: ${verdict.reason}.` })
  }
  const body = verdict.body as { order?: { id?: string; display_id?: number } }
  const { applied, record } = applyOnce(req.params.handle, verdict.idempotencyKey, body.order)
  logger.info(
    applied
      ? `Demo distributor (${store.name}): received order #${record.display_id ?? record.order_id} (${verdict.idempotencyKey}).`
      : `Demo distributor (${store.name}): ${verdict.idempotencyKey} again (delivery ${record.deliveries}); already applied.`
  )
  res.json({ received: true, applied })
}

/** What this store's demo distributor has received since the server started. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await storeByHandle(req)
  res.json({ received: receivedBy(req.params.handle) })
}
