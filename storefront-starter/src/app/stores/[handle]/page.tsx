import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { getFederatedStore } from "@lib/data/federated-stores"
import StoreTemplate from "@modules/federated-stores/templates"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const store = await getFederatedStore(handle)
  return { title: store ? store.name : "Store not found" }
}

export default async function StorePage({ params }: Props) {
  const { handle } = await params
  const store = await getFederatedStore(handle)

  if (!store) {
    notFound()
  }

  return <StoreTemplate store={store} />
}
