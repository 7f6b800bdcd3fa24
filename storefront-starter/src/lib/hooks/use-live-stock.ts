"use client"

import { useEffect, useState } from "react"

import type { FederatedStockResponse, StockCounts } from "types/federated"

/** How the counts stay fresh: the live stream, or polling while the stream is unavailable. */
export type LiveStockMode = "connecting" | "stream" | "polling"

const POLL_INTERVAL_MS = 10_000

/**
 * Keeps the available counts of some variants live, starting from the server-rendered
 * ones. Listens to the stock stream; whenever it errs, polls every 10 s until the stream
 * speaks again (the browser's EventSource retries on its own unless the server refused
 * the stream, in which case polling simply goes on).
 */
export function useLiveStock(variantIds: string[], initial: StockCounts) {
  const [counts, setCounts] = useState(initial)
  const [mode, setMode] = useState<LiveStockMode>("connecting")
  const watched = variantIds.join(",")

  useEffect(() => {
    if (!watched) {
      return
    }
    const query = `variant_ids=${encodeURIComponent(watched)}`
    const merge = (variants: StockCounts) => setCounts((current) => ({ ...current, ...variants }))
    let pollTimer: ReturnType<typeof setInterval> | undefined

    const poll = async () => {
      try {
        const response = await fetch(`/api/federated-stock?${query}`, { cache: "no-store" })
        if (response.ok) {
          merge(((await response.json()) as FederatedStockResponse).variants)
        }
      } catch {
        // Offline for a moment: the next tick tries again.
      }
    }
    const startPolling = () => {
      setMode("polling")
      if (!pollTimer) {
        void poll()
        pollTimer = setInterval(poll, POLL_INTERVAL_MS)
      }
    }
    const stopPolling = () => {
      clearInterval(pollTimer)
      pollTimer = undefined
    }

    if (typeof EventSource === "undefined") {
      startPolling()
      return stopPolling
    }
    const source = new EventSource(`/api/federated-stock/stream?${query}`)
    source.addEventListener("stock", (event) => {
      stopPolling()
      setMode("stream")
      merge((JSON.parse((event as MessageEvent<string>).data) as FederatedStockResponse).variants)
    })
    source.addEventListener("error", startPolling)
    return () => {
      source.close()
      stopPolling()
    }
  }, [watched])

  return { counts, mode }
}
