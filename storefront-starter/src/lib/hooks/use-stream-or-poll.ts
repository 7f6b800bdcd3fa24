"use client"

import { useEffect, useState } from "react"

/** How a page stays fresh: the live stream, or polling while the stream is unavailable. */
export type LiveMode = "connecting" | "stream" | "polling"

const POLL_INTERVAL_MS = 10_000

type StreamOrPoll = {
  /** The EventSource address, or null for nothing to follow (yet). */
  streamUrl: string | null
  /** The named events to hear, each with what to do with its parsed data. */
  events: Record<string, (data: unknown) => void>
  /** One fresh read, used while the stream is down. */
  poll: () => Promise<void>
}

/**
 * Follows a Server-Sent Events stream; whenever it errs, polls every 10 s until the
 * stream speaks again (the browser's EventSource retries on its own unless the server
 * refused the stream, in which case polling simply goes on). `key` restarts it.
 */
export function useStreamOrPoll({ streamUrl, events, poll }: StreamOrPoll, key: string): LiveMode {
  const [mode, setMode] = useState<LiveMode>("connecting")

  useEffect(() => {
    if (!streamUrl) {
      return
    }
    let pollTimer: ReturnType<typeof setInterval> | undefined
    const pollOnce = () => {
      // Offline for a moment: the next tick tries again.
      poll().catch(() => undefined)
    }
    const startPolling = () => {
      setMode("polling")
      if (!pollTimer) {
        pollOnce()
        pollTimer = setInterval(pollOnce, POLL_INTERVAL_MS)
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
    const source = new EventSource(streamUrl)
    for (const [name, handle] of Object.entries(events)) {
      source.addEventListener(name, (event) => {
        stopPolling()
        setMode("stream")
        handle(JSON.parse((event as MessageEvent<string>).data))
      })
    }
    source.addEventListener("error", startPolling)
    return () => {
      source.close()
      stopPolling()
    }
    // The handlers are fresh closures each render; `key` says when the stream must restart.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  return mode
}
