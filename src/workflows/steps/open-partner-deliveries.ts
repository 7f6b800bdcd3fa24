import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DISTRIBUTION_MODULE } from "../../modules/distribution"
import type DistributionModuleService from "../../modules/distribution/service"
import { idempotencyKeyOf, NewPartnerDelivery } from "../../modules/distribution/service"
import { PARTNER_MODULE } from "../../modules/partner"
import type PartnerModuleService from "../../modules/partner/service"
import { deliverOutbound } from "../utils/deliver-outbound"
import type { PartnerDeliveryLine, PartnerDeliveryPayload } from "../utils/partner-delivery-payload"

export type { PartnerDeliveryLine }

export type OpenPartnerDeliveriesInput = {
  order_group_id: string
  order_id: string
  fulfillment_id: string
  partner_id: string
  partner_account_id: string
  /** The shopper's; the confirmation e-mail goes to the order's address, so this is informational. */
  email?: string | null
  lines: PartnerDeliveryLine[]
}

/**
 * Opens the immediate delivery of one fulfillment's lines to the partner's service for the
 * cart's partner account, and tries it at once; what fails is retried by the
 * `deliver-due-hand-offs` job with back-off (the same machinery as distributor hand-offs).
 * Idempotent on the fulfillment (and so on each of its lines): a redelivered event finds
 * the delivery instead of making another, and does not send it again.
 *
 * Compensation removes the delivery this run made unless the partner already acknowledged
 * it: an acknowledged delivery happened and is kept on record.
 */
export const openPartnerDeliveriesStep = createStep(
  "open-partner-deliveries",
  async (input: OpenPartnerDeliveriesInput, { container }) => {
    if (!input.lines.length) {
      return new StepResponse({ delivery_ids: [] as string[], created: [] as string[] }, [] as string[])
    }
    const partners: PartnerModuleService = container.resolve(PARTNER_MODULE)
    const [[partner], [account]] = await Promise.all([
      partners.listPartners({ id: input.partner_id }, { select: ["id", "delivery_url"] }),
      partners.listPartnerAccounts(
        { id: input.partner_account_id, partner_id: input.partner_id },
        { select: ["id", "account_ref", "display_name"] }
      ),
    ])
    if (!partner || !account) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `No partner account ${input.partner_account_id} of partner ${input.partner_id} to deliver to.`
      )
    }
    const row: NewPartnerDelivery = {
      recipient_kind: "partner",
      order_group_id: input.order_group_id,
      order_id: input.order_id,
      partner_id: partner.id,
      fulfillment_id: input.fulfillment_id,
      // Read again at each send (see deliver-outbound): a URL set later still reaches the partner.
      url: partner.delivery_url ?? "",
      payload: {},
    }
    const payload: PartnerDeliveryPayload = {
      kind: "partner_delivery",
      idempotency_key: idempotencyKeyOf(row),
      order_group_id: input.order_group_id,
      order_id: input.order_id,
      fulfillment_id: input.fulfillment_id,
      partner_account: { id: account.id, account_ref: account.account_ref, display_name: account.display_name ?? null },
      lines: input.lines.map(({ line_item_id, product_id, variant_id, title, quantity }) => ({
        line_item_id,
        product_id,
        variant_id,
        title,
        quantity,
      })),
    }
    const distribution: DistributionModuleService = container.resolve(DISTRIBUTION_MODULE)
    const { created, ids } = await distribution.openHandOffs([{ ...row, payload }])
    // Only a delivery this run made is tried now; one found again is already in the job's hands.
    if (created.length) {
      await deliverOutbound(container, await distribution.claimDue({ ids: created }), "placed")
    }
    return new StepResponse({ delivery_ids: ids, created }, created)
  },
  async (created, { container }) => {
    if (!created?.length) {
      return
    }
    const distribution: DistributionModuleService = container.resolve(DISTRIBUTION_MODULE)
    const unacknowledged = await distribution.listHandOffs({ id: created, status: { $ne: "acknowledged" } }, { select: ["id"] })
    if (unacknowledged.length) {
      await distribution.deleteHandOffs(unacknowledged.map((delivery) => delivery.id))
    }
  }
)
