"use client"

import { payAndPlaceOrder } from "@lib/data/checkout"
import { useCartAction } from "@lib/hooks/use-cart-action"
import ActionError from "@modules/common/components/action-error"
import type { PaymentMethodProps } from "@modules/checkout/components/payment"

/**
 * Medusa's system provider (`pp_system_default`): nothing to collect, one button pays and
 * places the orders. A provider that confirms in the browser (card fields, wallets) has its
 * own component that confirms first, then calls `payAndPlaceOrder` the same way.
 */
const PayButton = ({ providerId, ready }: PaymentMethodProps) => {
  const { run, error, isPending } = useCartAction()
  return (
    <>
      <button
        type="button"
        className="button button--primary"
        disabled={!ready || isPending}
        data-testid="checkout-pay"
        onClick={() => run(() => payAndPlaceOrder(providerId))}
      >
        {isPending ? "Paying…" : "Pay"}
      </button>
      <ActionError error={error} testId="checkout-pay-error" />
    </>
  )
}

export default PayButton
