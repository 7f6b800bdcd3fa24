"use client"

import { useRef, useState } from "react"

import { useStreamOrPoll } from "@lib/hooks/use-stream-or-poll"
import type { ExpectedDeliveries, ExpectedDeliveriesResponse } from "types/federated"

/**
 * Keeps the expected deliveries live, starting from the server-rendered ones: each update
 * on the delivery stream reads them again (the server already counts every line's
 * progress; the page never works a status out itself), and while the stream is down they
 * are polled every 10 s. Reads never overlap, so an older answer cannot land last.
 */
export function useLiveDeliveries(initial: ExpectedDeliveries) {
  const [deliveries, setDeliveries] = useState(initial)
  const reading = useRef<Promise<void> | null>(null)
  const again = useRef(false)

  const refresh = async (): Promise<void> => {
    if (reading.current) {
      again.current = true
      return reading.current
    }
    reading.current = (async () => {
      do {
        again.current = false
        const response = await fetch("/api/deliveries", { cache: "no-store" })
        if (response.ok) {
          const { expected_deliveries } = (await response.json()) as ExpectedDeliveriesResponse
          if (expected_deliveries) {
            setDeliveries(expected_deliveries)
          }
        }
      } while (again.current)
    })().finally(() => {
      reading.current = null
    })
    return reading.current
  }

  const groupId = initial.order_group?.id ?? ""
  const mode = useStreamOrPoll(
    {
      // Before checkout nothing is on its way, so there is nothing to follow.
      streamUrl: groupId ? `/api/deliveries/stream?after=${initial.cursor}` : null,
      events: { delivery: () => void refresh().catch(() => undefined) },
      poll: refresh,
    },
    groupId
  )
  return { deliveries, mode }
}
