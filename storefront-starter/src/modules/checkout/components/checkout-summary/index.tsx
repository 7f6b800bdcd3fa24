import { convertToLocale } from "@lib/util/money"
import type { FederatedCartStoreGroup, StoreShippingChoices } from "types/federated"

type CheckoutSummaryProps = {
  groups: FederatedCartStoreGroup[]
  choices: StoreShippingChoices[]
  currencyCode: string
  /** What will be charged: Medusa's cart total (items, shipping, taxes, store charges and credits). */
  total: number
}

/** Each store's items and shipping, then the one amount paid for them all. */
const CheckoutSummary = ({ groups, choices, currencyCode, total }: CheckoutSummaryProps) => {
  const money = (amount: number) => convertToLocale({ amount, currency_code: currencyCode })

  return (
    <section className="checkout-section" data-testid="checkout-summary">
      <h2>Summary</h2>
      <dl className="cart-totals">
        {groups.map((group) => {
          const storeChoices = choices.find((c) => c.federated_store.id === group.federated_store.id)
          const option = storeChoices?.shipping_options.find((o) => o.id === storeChoices.selected_option_id)
          const shipping = option?.amount ?? 0
          return (
            <div
              key={group.federated_store.id}
              className="checkout-summary__store"
              data-testid="checkout-store-total"
              data-store-handle={group.federated_store.handle}
            >
              <dt>{group.federated_store.name}</dt>
              <dd>
                {money(group.subtotal)} + {option ? `${money(shipping)} shipping` : "shipping not chosen"} ={" "}
                <strong data-testid="checkout-store-total-amount">{money(group.subtotal + shipping)}</strong>
              </dd>
            </div>
          )
        })}
        <dt>Total to pay</dt>
        <dd data-testid="checkout-total">{money(total)}</dd>
      </dl>
    </section>
  )
}

export default CheckoutSummary
