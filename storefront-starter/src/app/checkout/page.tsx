import type { Metadata } from "next"

import { retrieveFederatedCart } from "@lib/data/cart"
import { listPaymentProviderIds, retrieveCheckoutCart, retrieveShippingChoices } from "@lib/data/checkout"
import { getRegion } from "@lib/data/regions"
import CheckoutTemplate, { type CheckoutData } from "@modules/checkout/templates"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Checkout" }

const loadCheckout = async (): Promise<CheckoutData | null> => {
  const [cart, details] = await Promise.all([retrieveFederatedCart(), retrieveCheckoutCart()])
  if (!cart || !details || !cart.stores.some((group) => group.items.length > 0)) {
    return null
  }
  const [choices, region, providerIds] = await Promise.all([
    cart.state === "full" ? retrieveShippingChoices() : [],
    getRegion(),
    listPaymentProviderIds(cart.region_id),
  ])
  return { cart, details, choices, countries: region?.countries ?? [], providerIds }
}

export default async function CheckoutPage() {
  return <CheckoutTemplate data={await loadCheckout()} />
}
