"use server"

import { cache } from "react"

import { sdk } from "@lib/config"
import { cartHeaders } from "@lib/data/access"
import { getRegion } from "@lib/data/regions"
import { isNotFound } from "@lib/util/errors"
import type {
  FederatedStore,
  FederatedStoreListResponse,
  FederatedStoreProductResponse,
  FederatedStoreResponse,
  FederatedStoreWithProducts,
} from "types/federated"

/** Resolves to null on 404 (unknown handle); other errors are thrown. */
const nullIfNotFound = (error: unknown): null => {
  if (isNotFound(error)) {
    return null
  }
  throw error
}

export const listFederatedStores = async (): Promise<FederatedStore[]> => {
  const { federated_stores } = await sdk.client.fetch<FederatedStoreListResponse>("/store/federated-stores", {
    method: "GET",
    query: { limit: 50 },
    cache: "no-store",
  })
  return federated_stores
}

// A page and its generateMetadata ask for the same data: cache() dedupes it per request.
const fetchFederatedStore = cache(async (handle: string) => {
  const region = await getRegion()

  return sdk.client
    .fetch<FederatedStoreResponse>(`/store/federated-stores/${encodeURIComponent(handle)}`, {
      method: "GET",
      query: region ? { region_id: region.id } : undefined,
      headers: await cartHeaders(),
      cache: "no-store",
    })
    .then(({ federated_store }) => federated_store)
    .catch(nullIfNotFound)
})

const fetchFederatedStoreProduct = cache(async (handle: string, productHandle: string) => {
  const region = await getRegion()

  return sdk.client
    .fetch<FederatedStoreProductResponse>(
      `/store/federated-stores/${encodeURIComponent(handle)}/products/${encodeURIComponent(productHandle)}`,
      {
        method: "GET",
        query: region ? { region_id: region.id } : undefined,
        headers: await cartHeaders(),
        cache: "no-store",
      }
    )
    .catch(nullIfNotFound)
})

/** A store with its catalogue (priced in the default region), or null when unknown. */
export const getFederatedStore = async (handle: string): Promise<FederatedStoreWithProducts | null> => fetchFederatedStore(handle)

/** A store's product (priced in the default region), or null when unknown. */
export const getFederatedStoreProduct = async (
  handle: string,
  productHandle: string
): Promise<FederatedStoreProductResponse | null> => fetchFederatedStoreProduct(handle, productHandle)
