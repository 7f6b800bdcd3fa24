import type { INotificationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DISTRIBUTION_MODULE } from "../../modules/distribution"
import type DistributionModuleService from "../../modules/distribution/service"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"
import type { PartnerDeliveryPayload } from "./partner-delivery-payload"

export const PARTNER_DELIVERY_TEMPLATE = "federated-cart-partner-delivery"

/**
 * E-mails the shopper that their purchase reached their account at the partner. Sent on
 * acknowledgement, not on opening: only then is "it is in your account" true (a delivery
 * still being retried would make the e-mail a promise we may break). It names the partner,
 * the account and the lines, never a code: an immediate delivery has none, and the e-mail
 * must not become a way to take the purchase. The notification's idempotency key makes it
 * once per delivery, however often an acknowledgement is recorded. A failed e-mail is
 * logged, never thrown: the delivery itself happened.
 */
export async function confirmPartnerDeliveries(container: MedusaContainer, handOffIds: string[]) {
  if (!handOffIds.length) {
    return []
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const distribution: DistributionModuleService = container.resolve(DISTRIBUTION_MODULE)
    const deliveries = await distribution.listHandOffs(
      { id: handOffIds, recipient_kind: "partner" },
      { select: ["id", "order_id", "partner_id", "payload"] }
    )
    const partnerIds = [...new Set(deliveries.flatMap((d) => (d.partner_id ? [d.partner_id] : [])))]
    const partners = await container
      .resolve<PartnerModuleService>(PARTNER_MODULE)
      .listPartners({ id: partnerIds }, { select: ["id", "name"] })
    const { data: orders } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "email", "display_id"],
      filters: { id: deliveries.map((d) => d.order_id) },
    })
    const mails = deliveries.flatMap((delivery) => {
      const order = orders.find((o) => o.id === delivery.order_id)
      if (!order?.email) {
        return []
      }
      // A JSON column: the body openPartnerDeliveriesStep froze, typed back here.
      const payload = delivery.payload as unknown as PartnerDeliveryPayload
      return [
        {
          to: order.email,
          channel: "email",
          template: PARTNER_DELIVERY_TEMPLATE,
          resource_id: delivery.id,
          resource_type: "partner_delivery",
          idempotency_key: `partner-delivery-confirmation:${delivery.id}`,
          data: {
            partner: partners.find((p) => p.id === delivery.partner_id)?.name ?? null,
            account: payload.partner_account.display_name ?? payload.partner_account.account_ref,
            order_display_id: order.display_id ?? null,
            lines: payload.lines.map((line) => ({ title: line.title, quantity: line.quantity })),
          },
        },
      ]
    })
    if (!mails.length) {
      return []
    }
    return await container.resolve<INotificationModuleService>(Modules.NOTIFICATION).createNotifications(mails)
  } catch (error) {
    logger.warn(`Partner delivery confirmation e-mail not sent: ${(error as Error).message}`)
    return []
  }
}
