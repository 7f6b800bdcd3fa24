import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { getFederatedStoreProduct } from "@lib/data/federated-stores"
import ProductTemplate from "@modules/products/templates"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ handle: string; productHandle: string }>
  searchParams: Promise<{ variant?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle, productHandle } = await params
  const result = await getFederatedStoreProduct(handle, productHandle)
  return {
    title: result ? `${result.product.title} | ${result.federated_store.name}` : "Product not found",
  }
}

export default async function ProductPage({ params, searchParams }: Props) {
  const { handle, productHandle } = await params
  const { variant } = await searchParams
  const result = await getFederatedStoreProduct(handle, productHandle)

  if (!result) {
    notFound()
  }

  return (
    <ProductTemplate
      store={result.federated_store}
      product={result.product}
      initialVariantId={typeof variant === "string" ? variant : undefined}
    />
  )
}
