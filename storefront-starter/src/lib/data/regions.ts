"use server"

import { cache } from "react"

import { sdk } from "@lib/config"
import type { HttpTypes } from "@medusajs/types"

// Deduped per request with React's cache().
const fetchFirstRegion = cache(async () => {
  const { regions } = await sdk.store.region.list({ limit: 1 })
  return regions[0] ?? null
})

/**
 * The region used for prices and new carts: the first region of the store
 * (the demo has one, in USD).
 */
export const getRegion = async (): Promise<HttpTypes.StoreRegion | null> => fetchFirstRegion()
