import { StatusBadge, Text } from "@medusajs/ui"

const twoDigits = (n: number) => String(n).padStart(2, "0")

/** "4:07", or "1:02:03" past an hour. */
export const formatTimeLeft = (ms: number) => {
  const seconds = Math.ceil(ms / 1000)
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60]
  return h ? `${h}:${twoDigits(m)}:${twoDigits(s)}` : `${m}:${twoDigits(s)}`
}

// Under a minute left the admin should look now: the hold is about to free its units.
const URGENT_MS = 60_000

/** Counts down to `expiresAt` against `now` (see useNow); a run-out hold says so. */
export const TimeLeft = ({ expiresAt, now }: { expiresAt: string; now: number }) => {
  const left = new Date(expiresAt).getTime() - now
  if (left <= 0) {
    return (
      <StatusBadge color="grey" data-testid="ticket-time-left">
        Ran out
      </StatusBadge>
    )
  }
  return (
    <Text
      size="small"
      weight="plus"
      className={`tabular-nums ${left < URGENT_MS ? "text-ui-fg-error" : ""}`}
      data-testid="ticket-time-left"
      title={new Date(expiresAt).toLocaleString()}
    >
      {formatTimeLeft(left)}
    </Text>
  )
}
