import { Table, Text, toast } from "@medusajs/ui"
import { errorMessage } from "../lib/error-message"
import { AttemptLog, OutboundStatusBadge, RetryNowButton, whenNext } from "../lib/outbound-delivery"
import { useRetryPartnerDelivery } from "./hooks"
import type { PartnerDelivery } from "./types"

const accountName = (delivery: PartnerDelivery) =>
  delivery.partner_account?.display_name ?? delivery.partner_account?.account_ref ?? "—"

/** One row per delivery: where it went, what it carried, how its attempts went, and "Retry now". */
export const DeliveriesTable = ({ deliveries }: { deliveries: PartnerDelivery[] }) => {
  const retry = useRetryPartnerDelivery()
  const retryNow = (id: string) =>
    retry.mutate(id, { onError: (error) => toast.error(errorMessage(error, "Could not retry the delivery")) })

  return (
    <Table data-testid="partner-deliveries-table">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell>Partner and account</Table.HeaderCell>
          <Table.HeaderCell>Order and lines</Table.HeaderCell>
          <Table.HeaderCell>Attempts</Table.HeaderCell>
          <Table.HeaderCell />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {deliveries.map((delivery) => (
          <Table.Row
            key={delivery.id}
            className="align-top"
            data-testid="partner-delivery"
            data-delivery-id={delivery.id}
            data-status={delivery.status}
          >
            <Table.Cell className="py-3">
              <OutboundStatusBadge status={delivery.status} />
            </Table.Cell>
            <Table.Cell className="py-3">
              <Text size="small" weight="plus">
                {delivery.partner?.name ?? delivery.partner_id}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {accountName(delivery)}
              </Text>
            </Table.Cell>
            <Table.Cell className="py-3">
              <Text size="small">Order #{delivery.order_display_id ?? delivery.order_id}</Text>
              {delivery.lines.map((line) => (
                <Text key={line.line_item_id} size="xsmall" className="text-ui-fg-subtle">
                  {line.quantity} × {line.title}
                </Text>
              ))}
            </Table.Cell>
            <Table.Cell className="py-3">
              <Text size="small" data-testid="partner-delivery-attempts">
                {delivery.attempts} {delivery.attempts === 1 ? "attempt" : "attempts"} · {whenNext(delivery)}
              </Text>
              <Text size="xsmall" className="break-all text-ui-fg-muted">
                {delivery.url || "no delivery URL"}
              </Text>
              <AttemptLog attempts={delivery.attempt_log} />
            </Table.Cell>
            <Table.Cell className="py-3">
              <RetryNowButton
                message={delivery}
                testId="partner-delivery-retry"
                sending={retry.isPending && retry.variables === delivery.id}
                onRetry={retryNow}
              />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
