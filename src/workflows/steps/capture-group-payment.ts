import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PaymentDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Captures the group's one payment. The federation collects for every store at once and
 * hands each store its share, so there is no single store whose fulfillment should wait
 * for the capture. A checkout that fails after the capture refunds it.
 */
export const captureGroupPaymentStep = createStep(
  "capture-group-payment",
  async (payment: PaymentDTO | null, { container }) => {
    if (!payment) {
      return new StepResponse(null, null)
    }
    if (payment.captures?.length) {
      // The provider captured on authorization: nothing to take, nothing to give back.
      return new StepResponse(payment, null)
    }
    const captured = await container.resolve(Modules.PAYMENT).capturePayment({ payment_id: payment.id })
    return new StepResponse(captured, { payment_id: payment.id, amount: payment.amount })
  },
  async (capture, { container }) => {
    if (capture) {
      await container
        .resolve(Modules.PAYMENT)
        .refundPayment({ payment_id: capture.payment_id, amount: capture.amount, note: "Checkout failed after the capture" })
    }
  }
)
