"use client"

import { useState } from "react"

import { type LiveMode, useStreamOrPoll } from "@lib/hooks/use-stream-or-poll"
import type { FederatedStockResponse, StockCounts } from "types/federated"

/** How the counts stay fresh: the live stream, or polling while the stream is unavailable. */
export type LiveStockMode = LiveMode

/**
 * Keeps the available counts of some variants live, starting from the server-rendered
 * ones: the stock stream, or polling every 10 s while it is down.
 */
export function useLiveStock(variantIds: string[], initial: StockCounts) {
  const [counts, setCounts] = useState(initial)
  const watched = variantIds.join(",")
  const query = `variant_ids=${encodeURIComponent(watched)}`
  const merge = (variants: StockCounts) => setCounts((current) => ({ ...current, ...variants }))

  const mode = useStreamOrPoll(
    {
      streamUrl: watched ? `/api/federated-stock/stream?${query}` : null,
      events: { stock: (data) => merge((data as FederatedStockResponse).variants) },
      poll: async () => {
        const response = await fetch(`/api/federated-stock?${query}`, { cache: "no-store" })
        if (response.ok) {
          merge(((await response.json()) as FederatedStockResponse).variants)
        }
      },
    },
    watched
  )
  return { counts, mode }
}
