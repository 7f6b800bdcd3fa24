import Link from "next/link"

import CheckoutSummary from "@modules/checkout/components/checkout-summary"
import DetailsForm from "@modules/checkout/components/details-form"
import Payment from "@modules/checkout/components/payment"
import StoreShipping from "@modules/checkout/components/store-shipping"
import type { HttpTypes } from "@medusajs/types"
import type { FederatedCart, StoreShippingChoices } from "types/federated"

export type CheckoutData = {
  cart: FederatedCart
  /** Medusa's view of the same cart: details, shipping methods, the total to pay. */
  details: HttpTypes.StoreCart
  choices: StoreShippingChoices[]
  countries: HttpTypes.StoreRegionCountry[]
  providerIds: string[]
}

/** One checkout for every store: details, a shipping choice per store, the totals, one payment. */
const CheckoutTemplate = ({ data }: { data: CheckoutData | null }) => (
  <div className="container cart checkout">
    <h1>Checkout</h1>
    {!data ? (
      <p className="muted" data-testid="checkout-empty">
        Your cart is empty. <Link href="/">Browse the stores</Link>.
      </p>
    ) : data.cart.state !== "full" ? (
      <p className="muted" data-testid="checkout-not-ready" data-state={data.cart.state}>
        Review your cart first: <Link href="/cart">Review and pay</Link> locks its items in for checkout.
      </p>
    ) : (
      <CheckoutSteps data={data} />
    )}
  </div>
)

const CheckoutSteps = ({ data }: { data: CheckoutData }) => {
  const { cart, details, choices } = data
  const hasDetails = Boolean(details.email && details.shipping_address?.address_1)
  const shippingChosen = choices.every((store) => !store.requires_shipping || store.selected_option_id)

  return (
    <div data-testid="checkout" data-ready={hasDetails && shippingChosen}>
      <DetailsForm cart={details} countries={data.countries} />
      <section className="checkout-section" data-testid="checkout-shipping">
        <h2>Shipping, store by store</h2>
        {choices.map((store) => (
          <StoreShipping key={store.federated_store.id} choices={store} currencyCode={cart.currency_code} />
        ))}
      </section>
      <CheckoutSummary
        groups={cart.stores.filter((group) => group.items.length > 0)}
        choices={choices}
        currencyCode={cart.currency_code}
        total={details.total ?? cart.total}
      />
      <Payment providerIds={data.providerIds} ready={hasDetails && shippingChosen} />
    </div>
  )
}

export default CheckoutTemplate
