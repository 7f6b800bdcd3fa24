import type { ComponentType } from "react"

import PayButton from "@modules/checkout/components/pay-button"

export type PaymentMethodProps = {
  providerId: string
  /** Details saved and a shipping choice for every store: paying may start. */
  ready: boolean
}

/**
 * The payment methods this storefront can take, by Medusa payment provider id. To add a
 * real provider (e.g. `pp_stripe_stripe`), enable it in the region and map its id to a
 * component that collects and confirms the payment, then calls `payAndPlaceOrder`.
 */
const PAYMENT_METHODS: Record<string, { label: string; Component: ComponentType<PaymentMethodProps> }> = {
  pp_system_default: { label: "Pay on account (test payment)", Component: PayButton },
}

/** The region's providers this storefront knows, each with its own way to pay. */
const Payment = ({ providerIds, ready }: { providerIds: string[]; ready: boolean }) => {
  const usable = providerIds.filter((id) => PAYMENT_METHODS[id])

  return (
    <section className="checkout-section" data-testid="checkout-payment">
      <h2>Payment</h2>
      {!ready && (
        <p className="muted" data-testid="checkout-pay-blocked">
          Save your details and choose shipping for every store to pay.
        </p>
      )}
      {usable.length === 0 ? (
        <p className="error" data-testid="checkout-no-payment">
          No payment method is available for this region.
        </p>
      ) : (
        usable.map((id) => {
          const { label, Component } = PAYMENT_METHODS[id]
          return (
            <div key={id} className="checkout-payment-method" data-provider-id={id}>
              <p>{label}</p>
              <Component providerId={id} ready={ready} />
            </div>
          )
        })
      )}
    </section>
  )
}

export default Payment
