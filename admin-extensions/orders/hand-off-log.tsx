import { Text } from "@medusajs/ui"
import { errorMessage } from "../lib/error-message"
import { AttemptLog, OutboundStatusBadge, RetryNowButton, whenNext } from "../lib/outbound-delivery"
import { useRetryHandOff } from "./hooks"
import type { GroupOrder, HandOff } from "./types"

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
              <OutboundStatusBadge status={handOff.status} />
              <Text size="small" weight="plus">
                {orderOf(handOff)?.federated_store?.name ?? handOff.federated_store_id} #{orderOf(handOff)?.display_id}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {handOff.attempts} {handOff.attempts === 1 ? "attempt" : "attempts"} · {whenNext(handOff)}
              </Text>
            </div>
            <RetryNowButton
              message={handOff}
              testId="hand-off-retry"
              sending={retry.isPending && retry.variables === handOff.id}
              onRetry={(id) => retry.mutate(id)}
            />
          </div>
          <Text size="xsmall" className="break-all text-ui-fg-muted">
            {handOff.url}
          </Text>
          <AttemptLog attempts={handOff.attempt_log} />
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
