import type { Metadata } from "next"

import { retrieveFederatedCart } from "@lib/data/cart"
import CartTemplate from "@modules/cart/templates"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Cart" }

export default async function CartPage() {
  const cart = await retrieveFederatedCart()
  return <CartTemplate cart={cart} />
}
