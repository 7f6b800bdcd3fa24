import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createDigitalFulfillmentsStep } from "./steps/create-digital-fulfillments"
import { ensureDigitalShippingOptionsStep } from "./steps/ensure-digital-shipping-options"
import { issuePrepaidCodesStep } from "./steps/issue-prepaid-codes"
import { openPartnerDeliveriesStep } from "./steps/open-partner-deliveries"
import { DigitalDeliveryInput, readDigitalLinesStep } from "./steps/read-digital-lines"

/**
 * After payment, a store order's digital lines are delivered: one Medusa fulfillment per
 * kind through the plugin's providers, then the immediate lines go to the cart's partner
 * account and the prepaid-code lines get their codes. Mail lines wait for the store's
 * manual fulfillment. Under the order's lock, and reusing fulfillments made before, so a
 * redelivered event makes nothing twice (the delivery steps are idempotent per
 * fulfillment and line too).
 */
export const deliverDigitalLinesWorkflow = createWorkflow(
  "deliver-digital-lines",
  (input: WorkflowData<DigitalDeliveryInput>) => {
    const lockKey = transform({ input }, ({ input }) => `deliver-digital-lines:${input.order_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const delivery = readDigitalLinesStep(input)
    const options = ensureDigitalShippingOptionsStep()
    const fulfillments = createDigitalFulfillmentsStep(
      transform({ delivery, options }, ({ delivery, options }) => ({ order_id: delivery.order_id, plan: delivery.plan, options }))
    )

    const immediate = transform({ delivery, fulfillments }, ({ delivery, fulfillments }) =>
      delivery.partner && fulfillments.immediate && delivery.plan.immediate.lines.length
        ? {
            order_group_id: delivery.order_group_id,
            order_id: delivery.order_id,
            fulfillment_id: fulfillments.immediate,
            partner_id: delivery.partner.partner_id,
            partner_account_id: delivery.partner.partner_account_id,
            email: delivery.email,
            lines: delivery.plan.immediate.lines,
          }
        : null
    )
    when("deliver-to-partner", { immediate }, ({ immediate }) => !!immediate).then(() => {
      openPartnerDeliveriesStep(transform({ immediate }, ({ immediate }) => immediate!))
    })

    const prepaid = transform({ delivery, fulfillments }, ({ delivery, fulfillments }) =>
      fulfillments.prepaid_code && delivery.plan.prepaid_code.lines.length
        ? {
            order_group_id: delivery.order_group_id,
            order_id: delivery.order_id,
            fulfillment_id: fulfillments.prepaid_code,
            email: delivery.email,
            lines: delivery.plan.prepaid_code.lines,
          }
        : null
    )
    when("issue-prepaid-codes", { prepaid }, ({ prepaid }) => !!prepaid).then(() => {
      issuePrepaidCodesStep(transform({ prepaid }, ({ prepaid }) => prepaid!))
    })

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(fulfillments)
  }
)
