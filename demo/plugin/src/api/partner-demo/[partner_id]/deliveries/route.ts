import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { HAND_OFF_HEADERS, verifyHandOff } from "../../../../../../../src/distributor-client"
import { PARTNER_MODULE } from "../../../../../../../src/modules/partner"
import type PartnerModuleService from "../../../../../../../src/modules/partner/service"
import { applyDeliveryOnce, deliveriesReceivedBy, demoPartnerEnabled } from "../../received-deliveries"

/**
 * The demo partner's service (the demo points "Salt Coast Online"'s delivery URL here):
 * checks an immediate delivery as a partner would with `src/distributor-client` — with the
 * key the `x-federated-cart-key-id` header names, as long as it is live — credits each
 * idempotency key once and records it. It reads the key from the server because it runs
 * inside it; a real partner keeps the secrets the admin showed it once.
 */
async function partnerOf(req: MedusaRequest) {
  if (!demoPartnerEnabled()) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "The demo partner is not enabled on this server.")
  }
  const partners: PartnerModuleService = req.scope.resolve(PARTNER_MODULE)
  const [partner] = await partners.listPartners({ id: req.params.partner_id }, { select: ["id", "name"] })
  if (!partner) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No partner with id ${req.params.partner_id}.`)
  }
  return { partner, partners }
}

export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { partner, partners } = await partnerOf(req)
  const keyHeader = req.headers[HAND_OFF_HEADERS.keyId]
  const keyId = typeof keyHeader === "string" ? keyHeader : null
  const secret = keyId ? await partners.liveKeySecret(partner.id, keyId) : null
  const rawBody = Buffer.isBuffer(req.rawBody) ? req.rawBody.toString("utf8") : ""
  const verdict = verifyHandOff({ headers: req.headers, rawBody, secret: secret ?? "" })
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  if (!secret || !verdict.ok) {
    const reason = verdict.ok ? "unknown key" : verdict.reason
    logger.warn(`Demo partner (${partner.name}): refused a delivery: ${reason}.`)
    return res.status(401).json({ message: `Delivery refused: ${reason}.` })
  }
  const { applied, record } = applyDeliveryOnce(partner.id, verdict.idempotencyKey, keyId, verdict.body as object)
  logger.info(
    applied
      ? `Demo partner (${partner.name}): credited ${record.account_ref} with ${record.lines.length} line(s) (${verdict.idempotencyKey}).`
      : `Demo partner (${partner.name}): ${verdict.idempotencyKey} again (delivery ${record.deliveries}); already applied.`
  )
  res.json({ received: true, applied })
}

/** What this partner's demo service has received since the server started. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { partner } = await partnerOf(req)
  res.json({ received: deliveriesReceivedBy(partner.id) })
}
