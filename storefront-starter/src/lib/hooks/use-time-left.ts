"use client"

import { useEffect, useState } from "react"

/**
 * Milliseconds until `until`, ticking every second; never below 0. Null until the page
 * runs in the browser: the server's clock would render a different second than the
 * browser hydrates with.
 */
export function useTimeLeft(until: string | null): number | null {
  const [now, setNow] = useState<number | null>(null)

  useEffect(() => {
    if (!until) {
      return
    }
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), 1_000)
    return () => clearInterval(timer)
  }, [until])

  if (!until || now === null) {
    return null
  }
  return Math.max(0, new Date(until).getTime() - now)
}
