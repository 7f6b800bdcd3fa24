import type { MedusaContainer } from "@medusajs/framework/types"
import { DISTRIBUTION_MODULE } from "../../modules/distribution"
import type DistributionModuleService from "../../modules/distribution/service"
import type { ClaimedHandOff, HandOffTrigger, Signing } from "../../modules/distribution/service"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"
import { confirmPartnerDeliveries } from "./confirm-partner-deliveries"

/**
 * How each recipient's messages are signed and addressed. A distributor's secret is the
 * distribution module's own; a partner's key and delivery URL belong to the partner module,
 * which the distribution module never reaches into, so they are looked up here. A partner's
 * URL is read at send time: an admin who fixes a wrong address and presses "retry now"
 * reaches the right service.
 */
function signingFor(container: MedusaContainer) {
  const distribution: DistributionModuleService = container.resolve(DISTRIBUTION_MODULE)
  const partners: PartnerModuleService = container.resolve(PARTNER_MODULE)
  return async (handOff: ClaimedHandOff): Promise<Signing> => {
    if (handOff.recipient_kind === "distributor") {
      return { secret: await distribution.signingSecret(handOff.federated_store_id!) }
    }
    const [partner] = await partners.listPartners({ id: handOff.partner_id! }, { select: ["id", "delivery_url"] })
    if (!partner?.delivery_url) {
      throw new Error("The partner has no delivery URL yet: set it on the partner, then retry.")
    }
    const key = await partners.deliverySigningKey(partner.id)
    return { secret: key.secret, keyId: key.key_id, url: partner.delivery_url }
  }
}

/**
 * The one delivery path of every outbound message, whoever sends it (checkout, job, "retry
 * now"): each claimed message is sent once and its outcome recorded; partner deliveries the
 * partner just acknowledged get their shopper's confirmation e-mail.
 */
export async function deliverOutbound(
  container: MedusaContainer,
  claimed: ClaimedHandOff[],
  trigger: HandOffTrigger,
  now = new Date()
) {
  const distribution: DistributionModuleService = container.resolve(DISTRIBUTION_MODULE)
  const delivered = await distribution.deliverClaimed(claimed, trigger, signingFor(container), now)
  const acknowledged = delivered.filter((d) => d.recipient_kind === "partner" && d.acknowledged).map((d) => d.id)
  await confirmPartnerDeliveries(container, acknowledged)
  return delivered
}
