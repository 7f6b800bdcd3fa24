import { Button, StatusBadge, Text } from "@medusajs/ui"
import { errorMessage } from "../lib/error-message"
import { useRetryHandOff } from "./hooks"
import type { GroupOrder, HandOff, HandOffAttempt, HandOffStatus } from "./types"

const statusColors: Record<HandOffStatus, "green" | "orange" | "red"> = {
  acknowledged: "green",
  pending: "orange",
  failed: "red",
}

const triggerWords: Record<HandOffAttempt["trigger"], string> = {
  placed: "at checkout",
  schedule: "retry",
  manual: "retry now",
}

const whenNext = (handOff: HandOff) =>
  handOff.status === "pending" && handOff.next_attempt_at
    ? `next attempt ${new Date(handOff.next_attempt_at).toLocaleString()}`
    : handOff.status === "failed"
      ? "gave up; retry by hand"
      : handOff.acknowledged_at
        ? `acknowledged ${new Date(handOff.acknowledged_at).toLocaleString()}`
        : ""

const AttemptLine = ({ attempt }: { attempt: HandOffAttempt }) => (
  <li className="flex gap-x-2">
    <Text size="xsmall" className="tabular-nums text-ui-fg-subtle">
      #{attempt.number} {new Date(attempt.started_at).toLocaleString()} · {triggerWords[attempt.trigger]}
    </Text>
    <Text size="xsmall" className={attempt.outcome === "acknowledged" ? "text-ui-fg-base" : "text-ui-fg-error"}>
      {attempt.outcome === "acknowledged" ? `acknowledged (${attempt.response_status})` : attempt.error ?? "failed"}
    </Text>
  </li>
)

/** Each store order's hand-off to its distributor: status, attempts and their log, and "Retry now". */
export const HandOffLog = ({ orderId, handOffs, orders }: { orderId: string; handOffs: HandOff[]; orders: GroupOrder[] }) => {
  const retry = useRetryHandOff(orderId)
  if (!handOffs.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        No hand-offs yet.
      </Text>
    )
  }
  const orderOf = (handOff: HandOff) => orders.find((order) => order.id === handOff.order_id)
  return (
    <div className="flex flex-col gap-y-4" data-testid="hand-off-log">
      {handOffs.map((handOff) => (
        <div key={handOff.id} className="flex flex-col gap-y-1" data-testid="hand-off">
          <div className="flex items-center justify-between gap-x-2">
            <div className="flex items-center gap-x-2">
              <StatusBadge color={statusColors[handOff.status]}>{handOff.status}</StatusBadge>
              <Text size="small" weight="plus">
                {orderOf(handOff)?.federated_store?.name ?? handOff.federated_store_id} #{orderOf(handOff)?.display_id}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {handOff.attempts} {handOff.attempts === 1 ? "attempt" : "attempts"} · {whenNext(handOff)}
              </Text>
            </div>
            {handOff.status !== "acknowledged" && (
              <Button
                size="small"
                variant="secondary"
                data-testid="hand-off-retry"
                isLoading={retry.isPending && retry.variables === handOff.id}
                onClick={() => retry.mutate(handOff.id)}
              >
                Retry now
              </Button>
            )}
          </div>
          <Text size="xsmall" className="break-all text-ui-fg-muted">
            {handOff.url}
          </Text>
          <ul className="flex flex-col gap-y-0.5">
            {handOff.attempt_log.map((attempt) => (
              <AttemptLine key={attempt.id} attempt={attempt} />
            ))}
          </ul>
        </div>
      ))}
      {retry.isError && (
        <Text size="small" className="text-ui-fg-error">
          {errorMessage(retry.error, "Could not retry the hand-off")}
        </Text>
      )}
    </div>
  )
}
