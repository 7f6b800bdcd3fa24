"use client"

import { useState, type FormEvent } from "react"

import { saveCheckoutDetails } from "@lib/data/checkout"
import { useCartAction } from "@lib/hooks/use-cart-action"
import ActionError from "@modules/common/components/action-error"
import AddressFields from "@modules/checkout/components/address-fields"
import type { HttpTypes } from "@medusajs/types"
import type { CheckoutAddress } from "types/federated"

type DetailsFormProps = {
  cart: Pick<HttpTypes.StoreCart, "email" | "shipping_address" | "billing_address">
  countries: HttpTypes.StoreRegionCountry[]
}

const addressFrom = (form: FormData, prefix: string): CheckoutAddress => {
  const field = (name: string) => String(form.get(`${prefix}.${name}`) ?? "").trim()
  return {
    first_name: field("first_name"),
    last_name: field("last_name"),
    address_1: field("address_1"),
    city: field("city"),
    postal_code: field("postal_code"),
    country_code: field("country_code"),
  }
}

const sameAddress = (a?: HttpTypes.StoreCartAddress | null, b?: HttpTypes.StoreCartAddress | null) =>
  !a ||
  !b ||
  (["first_name", "last_name", "address_1", "city", "postal_code", "country_code"] as const).every((k) => a[k] === b[k])

/** E-mail, shipping address and (unless it is the same) billing address. */
const DetailsForm = ({ cart, countries }: DetailsFormProps) => {
  const { run, error, isPending, succeeded } = useCartAction()
  const [billToShipping, setBillToShipping] = useState(sameAddress(cart.shipping_address, cart.billing_address))

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    run(() =>
      saveCheckoutDetails({
        email: String(form.get("email") ?? "").trim(),
        shipping_address: addressFrom(form, "shipping"),
        billing_address: billToShipping ? null : addressFrom(form, "billing"),
      })
    )
  }

  return (
    <form className="checkout-section" data-testid="checkout-details" onSubmit={submit}>
      <h2>Contact and delivery</h2>
      <label>
        E-mail
        <input
          name="email"
          type="email"
          required
          autoComplete="email"
          defaultValue={cart.email ?? ""}
          data-testid="checkout-email"
        />
      </label>
      <AddressFields prefix="shipping" address={cart.shipping_address} countries={countries} />
      <label className="checkout-checkbox">
        <input
          type="checkbox"
          checked={billToShipping}
          onChange={(event) => setBillToShipping(event.target.checked)}
          data-testid="billing-same-as-shipping"
        />
        Billing address same as shipping
      </label>
      {!billToShipping && <AddressFields prefix="billing" address={cart.billing_address} countries={countries} />}
      <button type="submit" className="button" disabled={isPending} data-testid="checkout-details-save">
        {isPending ? "Saving…" : "Save details"}
      </button>
      {succeeded && (
        <span className="muted" data-testid="checkout-details-saved">
          {" "}
          Saved
        </span>
      )}
      <ActionError error={error} testId="checkout-details-error" />
    </form>
  )
}

export default DetailsForm
