import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { retrieveOrderGroup } from "@lib/data/orders"
import OrderConfirmedTemplate from "@modules/order/templates"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Order confirmed" }

export default async function OrderConfirmedPage({ params }: { params: Promise<{ cartId: string }> }) {
  const { cartId } = await params
  const group = await retrieveOrderGroup(cartId)
  if (!group) {
    notFound()
  }
  return <OrderConfirmedTemplate group={group} />
}
