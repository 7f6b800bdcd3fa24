import type { Metadata } from "next"

import { retrieveExpectedDeliveries } from "@lib/data/deliveries"
import DeliveriesTemplate from "@modules/deliveries/templates"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Deliveries" }

export default async function DeliveriesPage() {
  return <DeliveriesTemplate initial={await retrieveExpectedDeliveries()} />
}
