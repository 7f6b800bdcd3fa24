"use client"

import { useState } from "react"

import { chooseShippingOption } from "@lib/data/checkout"
import { useCartAction } from "@lib/hooks/use-cart-action"
import { convertToLocale } from "@lib/util/money"
import ActionError from "@modules/common/components/action-error"
import type { StoreShippingChoices } from "types/federated"

/** One store's shipping options as radios: choosing one sets the store's shipping method. */
const StoreShipping = ({ choices, currencyCode }: { choices: StoreShippingChoices; currencyCode: string }) => {
  const { run, error, isPending } = useCartAction()
  // The shopper's pick shows at once; the server's choice comes back with the page.
  const [picked, setPicked] = useState(choices.selected_option_id)
  const store = choices.federated_store
  const shown = error ? choices.selected_option_id : picked

  const choose = (optionId: string) => {
    setPicked(optionId)
    run(() => chooseShippingOption(optionId))
  }

  return (
    <fieldset
      className="checkout-shipping"
      data-testid="shipping-store"
      data-store-handle={store.handle ?? undefined}
      data-selected={choices.selected_option_id ?? ""}
      aria-busy={isPending}
    >
      <legend>{store.name}</legend>
      {!choices.requires_shipping ? (
        // Digital lines only (immediate or prepaid codes): no shipping method, and none is offered.
        <p className="muted" data-testid="shipping-not-needed">
          Nothing to ship: delivered digitally after payment.
        </p>
      ) : (
        choices.shipping_options.length === 0 && (
          <p className="error" data-testid="shipping-none">
            {store.name} cannot ship to this address.
          </p>
        )
      )}
      {choices.shipping_options.map((option) => (
        <label key={option.id} className="checkout-shipping__option" data-testid="shipping-option" data-option-id={option.id}>
          <input
            type="radio"
            name={`shipping-${store.id}`}
            value={option.id}
            checked={shown === option.id}
            disabled={isPending}
            onChange={() => choose(option.id)}
          />
          <span>
            {option.name}
            {option.description && <span className="muted"> · {option.description}</span>}
          </span>
          <span data-testid="shipping-option-price">
            {option.amount === null ? "—" : convertToLocale({ amount: option.amount, currency_code: currencyCode })}
          </span>
        </label>
      ))}
      <ActionError error={error} testId="shipping-error" />
    </fieldset>
  )
}

export default StoreShipping
