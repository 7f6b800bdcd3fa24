import { useEffect, useState } from "react"

/** The current time, updated every `intervalMs`: one timer drives every countdown on a page. */
export const useNow = (intervalMs = 1000): number => {
  const [now, setNow] = useState(() => Date.now())

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])

  return now
}
