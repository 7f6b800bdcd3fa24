import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

type Payment = { id: string; amount: unknown; currency_code: string; captures?: { id: string; amount: unknown; raw_amount?: unknown }[] }

/**
 * Captures the group's one payment. The federation collects for every store at once and
 * hands each store its share, so there is no single store whose fulfillment should wait
 * for the capture. A checkout that fails after the capture refunds it.
 */
export const captureGroupPaymentStep = createStep(
  "capture-group-payment",
  async (payment: Payment | null, { container }) => {
    if (!payment) {
      return new StepResponse(null, null)
    }
    const payments = container.resolve(Modules.PAYMENT)
    const alreadyCaptured = !!payment.captures?.length
    const captured = alreadyCaptured ? payment : ((await payments.capturePayment({ payment_id: payment.id })) as unknown as Payment)
    return new StepResponse(captured, alreadyCaptured ? null : { payment_id: payment.id, amount: payment.amount })
  },
  async (capture, { container }) => {
    if (capture) {
      await container.resolve(Modules.PAYMENT).refundPayment({ payment_id: capture.payment_id, amount: capture.amount as never, note: "Checkout failed after the capture" })
    }
  }
)
