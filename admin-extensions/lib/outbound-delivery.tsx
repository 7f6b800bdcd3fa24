import { Button, StatusBadge, Text } from "@medusajs/ui"

/**
 * How the admin shows one outbound message — a distributor hand-off (order page) or a
 * partner delivery (Deliveries page): they are the same thing on the server, so they read
 * the same here.
 */
export type OutboundStatus = "pending" | "acknowledged" | "failed"

export type OutboundAttempt = {
  id: string
  number: number
  trigger: "placed" | "schedule" | "manual"
  outcome: "acknowledged" | "failed"
  response_status: number | null
  error: string | null
  started_at: string
  duration_ms: number
}

export type OutboundMessage = {
  id: string
  order_id: string
  url: string
  idempotency_key: string
  status: OutboundStatus
  attempts: number
  next_attempt_at: string | null
  last_status: number | null
  last_error: string | null
  acknowledged_at: string | null
  attempt_log: OutboundAttempt[]
}

const statusColors: Record<OutboundStatus, "green" | "orange" | "red"> = {
  acknowledged: "green",
  pending: "orange",
  failed: "red",
}

const triggerWords: Record<OutboundAttempt["trigger"], string> = {
  placed: "at checkout",
  schedule: "retry",
  manual: "retry now",
}

export const OutboundStatusBadge = ({ status }: { status: OutboundStatus }) => (
  <StatusBadge color={statusColors[status]}>{status}</StatusBadge>
)

export const whenNext = (message: OutboundMessage) =>
  message.status === "pending" && message.next_attempt_at
    ? `next attempt ${new Date(message.next_attempt_at).toLocaleString()}`
    : message.status === "failed"
      ? "gave up; retry by hand"
      : message.acknowledged_at
        ? `acknowledged ${new Date(message.acknowledged_at).toLocaleString()}`
        : ""

const AttemptLine = ({ attempt }: { attempt: OutboundAttempt }) => (
  <li className="flex gap-x-2" data-testid="attempt" data-outcome={attempt.outcome}>
    <Text size="xsmall" className="tabular-nums text-ui-fg-subtle">
      #{attempt.number} {new Date(attempt.started_at).toLocaleString()} · {triggerWords[attempt.trigger]}
    </Text>
    <Text size="xsmall" className={attempt.outcome === "acknowledged" ? "text-ui-fg-base" : "text-ui-fg-error"}>
      {attempt.outcome === "acknowledged" ? `acknowledged (${attempt.response_status})` : (attempt.error ?? "failed")}
    </Text>
  </li>
)

/** "Retry now", for a message its recipient has not acknowledged yet. */
export const RetryNowButton = ({
  message,
  sending,
  onRetry,
  testId,
}: {
  message: OutboundMessage
  sending: boolean
  onRetry: (id: string) => void
  testId: string
}) =>
  message.status === "acknowledged" ? null : (
    <Button size="small" variant="secondary" data-testid={testId} isLoading={sending} onClick={() => onRetry(message.id)}>
      Retry now
    </Button>
  )

/** Every attempt of one message, oldest first: when, why, and what the recipient answered. */
export const AttemptLog = ({ attempts }: { attempts: OutboundAttempt[] }) => (
  <ul className="flex flex-col gap-y-0.5">
    {attempts.map((attempt) => (
      <AttemptLine key={attempt.id} attempt={attempt} />
    ))}
  </ul>
)
