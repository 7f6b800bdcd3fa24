import { Heading, Table, Text } from "@medusajs/ui"
import { QueryState } from "../lib/query-state"
import { useTicketSummary } from "./hooks"
import { TimeLeft } from "./time-left"
import type { TicketSummaryResponse } from "./types"

type HoldSummaryProps = {
  federatedStoreId?: string
  now: number
  onPickProduct: (productId: string) => void
}

const SummaryTable = ({ stores, now, onPickProduct }: Omit<HoldSummaryProps, "federatedStoreId"> & TicketSummaryResponse) => (
  <Table>
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>Store</Table.HeaderCell>
        <Table.HeaderCell>Product</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Tickets</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Units held</Table.HeaderCell>
        <Table.HeaderCell>Next runs out in</Table.HeaderCell>
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {stores.flatMap((store) =>
        store.products.map((row, index) => (
          <Table.Row
            key={`${store.federated_store?.id}:${row.product?.id}`}
            data-testid="tickets-summary-row"
            data-product-id={row.product?.id}
            className={row.product ? "cursor-pointer" : undefined}
            title={row.product ? "Show this product's holds" : undefined}
            onClick={() => row.product && onPickProduct(row.product.id)}
          >
            <Table.Cell>{index === 0 ? (store.federated_store?.name ?? "No store") : ""}</Table.Cell>
            <Table.Cell>{row.product?.title ?? "Deleted product"}</Table.Cell>
            <Table.Cell className="text-right">{row.ticket_count}</Table.Cell>
            <Table.Cell className="text-right">{row.held_quantity}</Table.Cell>
            <Table.Cell>
              <TimeLeft expiresAt={row.next_expires_at} now={now} />
            </Table.Cell>
          </Table.Row>
        ))
      )}
    </Table.Body>
  </Table>
)

/** Every live hold, counted per store and product: where a drop is hot right now. */
export const HoldSummary = ({ federatedStoreId, now, onPickProduct }: HoldSummaryProps) => {
  const summary = useTicketSummary(federatedStoreId)

  return (
    <div data-testid="tickets-summary">
      <div className="flex items-baseline justify-between px-6 py-4">
        <Heading level="h2">Live holds by store and product</Heading>
        {summary.data && (
          <Text size="small" className="text-ui-fg-subtle" data-testid="tickets-summary-total">
            {summary.data.held_quantity} units in {summary.data.ticket_count} tickets
          </Text>
        )}
      </div>
      <QueryState query={summary} errorFallback="Could not load the holds" className="px-6 pb-4">
        {(data) =>
          data.stores.length === 0 ? (
            <Text size="small" className="text-ui-fg-subtle px-6 pb-4">
              No live holds right now.
            </Text>
          ) : (
            <SummaryTable {...data} now={now} onPickProduct={onPickProduct} />
          )
        }
      </QueryState>
    </div>
  )
}
